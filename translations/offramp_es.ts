<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>CheckPage</name>
    <message>
        <source>Check this computer</source>
        <translation>Revise esta computadora</translation>
    </message>
    <message>
        <source>Offramp looks again, and tells you what should protect this computer now.</source>
        <translation>Offramp vuelve a buscar y le indica qué protección debería tener ahora esta computadora.</translation>
    </message>
    <message>
        <source> (still installed)</source>
        <translation> (todavía instalado)</translation>
    </message>
    <message>
        <source> (leftovers)</source>
        <translation> (restos)</translation>
    </message>
    <message>
        <source>Looking again…</source>
        <translation>Buscando de nuevo…</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Your new protection: %1.&lt;/b&gt; It comes with your system and takes over once Kaspersky is gone. Open your system&apos;s security settings to check that it is turned on.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Su nueva protección: %1.&lt;/b&gt; Viene con su sistema y se hace cargo una vez que Kaspersky ya no está. Abra la configuración de seguridad de su sistema para comprobar que esté activada.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Your new protection: %1.&lt;/b&gt; Install it from &lt;a href=&quot;%2&quot;&gt;its official website&lt;/a&gt;, then check that it is turned on. Until then, keep the protection that comes with your system turned on.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Su nueva protección: %1.&lt;/b&gt; Instálela desde &lt;a href=&quot;%2&quot;&gt;su sitio web oficial&lt;/a&gt; y luego compruebe que esté activada. Mientras tanto, mantenga activada la protección que viene con su sistema.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Make sure that some protection is turned on: the one that comes with your system is a good start.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Asegúrese de tener alguna protección activada: la que viene con su sistema es un buen comienzo.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No Kaspersky product is left on %1.</source>
        <translation>No queda ningún producto de Kaspersky en %1.</translation>
    </message>
    <message>
        <source>Still found on %1:
• %2
Leftovers are harmless files and settings; an installed product still needs removing.</source>
        <translation>Todavía se encuentra lo siguiente en %1:
• %2
Los restos son archivos y configuraciones inofensivos; un producto instalado, en cambio, todavía se tiene que quitar.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Windows Security Center lists no antivirus product at the moment: turn Microsoft Defender on, or install your new protection now.&lt;/p&gt;</source>
        <translation>&lt;p&gt;El Centro de seguridad de Windows no muestra ningún antivirus en este momento: active Microsoft Defender o instale ahora su nueva protección.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Windows Security Center lists: %1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;El Centro de seguridad de Windows muestra: %1.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ChoosePage</name>
    <message>
        <source>Free</source>
        <translation>Gratis</translation>
    </message>
    <message>
        <source>Free version and paid versions</source>
        <translation>Versión gratuita y versiones de pago</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>De pago</translation>
    </message>
    <message>
        <source>Price not confirmed</source>
        <translation>Precio sin confirmar</translation>
    </message>
    <message>
        <source>Open the official &amp;website</source>
        <translation>Abrir el &amp;sitio web oficial</translation>
    </message>
    <message>
        <source>Choose your new protection</source>
        <translation>Elija su nueva protección</translation>
    </message>
    <message>
        <source>The protection that comes with your system is listed first. The others follow in no particular order; Offramp earns nothing from any of them.</source>
        <translation>La protección que viene con su sistema aparece primero. Las demás siguen sin ningún orden en particular; Offramp no gana nada con ninguna de ellas.</translation>
    </message>
    <message>
        <source>Protection products</source>
        <translation>Productos de protección</translation>
    </message>
    <message>
        <source>Open the official website of the chosen product</source>
        <translation>Abrir el sitio web oficial del producto elegido</translation>
    </message>
    <message>
        <source>No product is listed for this system.</source>
        <translation>No hay ningún producto en la lista para este sistema.</translation>
    </message>
    <message>
        <source>By %1 · %2</source>
        <translation>De %1 · %2</translation>
    </message>
    <message>
        <source>source</source>
        <translation>fuente</translation>
    </message>
    <message>
        <source>Official website:</source>
        <translation>Sitio web oficial:</translation>
    </message>
    <message>
        <source>%1
(comes with your system)</source>
        <translation>%1
(viene con su sistema)</translation>
    </message>
</context>
<context>
    <name>MigrationWizard</name>
    <message>
        <source>Offramp</source>
        <translation>Offramp</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Offramp cannot start</source>
        <translation>Offramp no puede iniciarse</translation>
    </message>
    <message>
        <source>Offramp’s built-in catalog is damaged (%1). Please download Offramp again.</source>
        <translation>El catálogo integrado de Offramp está dañado (%1). Descargue Offramp de nuevo.</translation>
    </message>
</context>
<context>
    <name>RemovePage</name>
    <message>
        <source>I have saved what I need, and I want to remove these products</source>
        <translation>Ya guardé lo que necesito y quiero quitar estos productos</translation>
    </message>
    <message>
        <source>&amp;Remove now</source>
        <translation>&amp;Quitar ahora</translation>
    </message>
    <message>
        <source>Remove Kaspersky</source>
        <translation>Quite Kaspersky</translation>
    </message>
    <message>
        <source>Removal plan</source>
        <translation>Plan de desinstalación</translation>
    </message>
    <message>
        <source>Remove the listed products now</source>
        <translation>Quitar ahora los productos de la lista</translation>
    </message>
    <message>
        <source>Removal progress</source>
        <translation>Progreso de la desinstalación</translation>
    </message>
    <message>
        <source>Nothing needs removing.</source>
        <translation>No hay nada que quitar.</translation>
    </message>
    <message>
        <source>No banned product is installed, so there is nothing to remove.</source>
        <translation>No hay ningún producto prohibido instalado, así que no hay nada que quitar.</translation>
    </message>
    <message>
        <source>This is a demonstration: the removal is only simulated and nothing on this computer changes.</source>
        <translation>Esto es una demostración: la desinstalación solo se simula y no cambia nada en esta computadora.</translation>
    </message>
    <message>
        <source>Remove the package %1 (%2)</source>
        <translation>Quitar el paquete %1 (%2)</translation>
    </message>
    <message>
        <source>Run the uninstaller of %1</source>
        <translation>Ejecutar el desinstalador de %1</translation>
    </message>
    <message>
        <source>Run the uninstaller of %1 for the account %2</source>
        <translation>Ejecutar el desinstalador de %1 para la cuenta %2</translation>
    </message>
    <message>
        <source>Run Kaspersky&apos;s own uninstall script for %1</source>
        <translation>Ejecutar el script de desinstalación de Kaspersky para %1</translation>
    </message>
    <message>
        <source>Remove %1 with its own uninstaller: Offramp knows no safe way to do it</source>
        <translation>Quite %1 con su propio desinstalador: Offramp no conoce una forma segura de hacerlo</translation>
    </message>
    <message>
        <source>needs the Kaspersky administrator&apos;s user name and password, if one was set</source>
        <translation>necesita el nombre de usuario y la contraseña del administrador de Kaspersky, si se configuraron</translation>
    </message>
    <message>
        <source>needs the Network Agent&apos;s uninstall password, if one was set</source>
        <translation>necesita la contraseña de desinstalación del Agente de red, si se configuró</translation>
    </message>
    <message>
        <source>asks for this computer&apos;s administrator password</source>
        <translation>pide la contraseña de administrador de esta computadora</translation>
    </message>
    <message>
        <source>needs a restart to finish</source>
        <translation>necesita reiniciar para terminar</translation>
    </message>
    <message>
        <source>may ask to restart the computer</source>
        <translation>puede pedir que reinicie la computadora</translation>
    </message>
    <message>
        <source>removing…</source>
        <translation>quitando…</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>quitado</translation>
    </message>
    <message>
        <source>already gone</source>
        <translation>ya no estaba</translation>
    </message>
    <message>
        <source>removed; restart to finish</source>
        <translation>quitado; reinicie para terminar</translation>
    </message>
    <message>
        <source>did not work</source>
        <translation>no funcionó</translation>
    </message>
    <message>
        <source>left for you to remove</source>
        <translation>queda para que usted lo quite</translation>
    </message>
    <message>
        <source>%1 (simulated)</source>
        <translation>%1 (simulado)</translation>
    </message>
    <message>
        <source>Re&amp;start the computer now</source>
        <translation>&amp;Reiniciar la computadora ahora</translation>
    </message>
    <message>
        <source>Restart the computer now to finish the removal</source>
        <translation>Reiniciar la computadora ahora para terminar la desinstalación</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Your documents and other files are never touched.</source>
        <translation>Nunca se tocan sus documentos ni sus demás archivos.</translation>
    </message>
    <message>
        <source>Left alone: traces of %1. Offramp never deletes files, drivers or registry keys by hand; the next page lists what remains. Your documents and other files are never touched.</source>
        <translation>Se dejan como están: restos de %1. Offramp nunca borra a mano archivos, controladores ni claves del registro; la página siguiente muestra lo que queda. Nunca se tocan sus documentos ni sus demás archivos.</translation>
    </message>
    <message>
        <source>Offramp removes the products below, in this order, with their vendor&apos;s own uninstallers, and records every step so that it can always finish.</source>
        <translation>Offramp quita los productos de abajo, en este orden, con los desinstaladores de su propio fabricante, y anota cada paso para poder terminar siempre.</translation>
    </message>
    <message>
        <source>When you press Remove now, your system asks for the administrator password. The removal can take several minutes; do not turn the computer off.</source>
        <translation>Cuando pulse Quitar ahora, el sistema le pedirá la contraseña de administrador. La desinstalación puede tardar varios minutos; no apague la computadora.</translation>
    </message>
    <message>
        <source>Removing… Please wait and keep the computer on.</source>
        <translation>Quitando… Espere y mantenga la computadora encendida.</translation>
    </message>
    <message>
        <source>Nothing was removed: the administrator password was not given. Press Remove now to try again.</source>
        <translation>No se quitó nada: no se indicó la contraseña de administrador. Pulse Quitar ahora para volver a intentarlo.</translation>
    </message>
    <message>
        <source>The removal could not start: %1</source>
        <translation>La desinstalación no pudo empezar: %1</translation>
    </message>
    <message numerus="yes">
        <source>Done (simulated): %n product(s) removed.</source>
        <translation>
            <numerusform>Listo (simulado): se quitó %n producto.</numerusform>
            <numerusform>Listo (simulado): se quitaron %n productos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done: %n product(s) removed. The next page checks this computer again.</source>
        <translation>
            <numerusform>Listo: se quitó %n producto. La página siguiente vuelve a revisar esta computadora.</numerusform>
            <numerusform>Listo: se quitaron %n productos. La página siguiente vuelve a revisar esta computadora.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done (simulated): %n product(s) removed. On a real computer, a restart would finish the removal.</source>
        <translation>
            <numerusform>Listo (simulado): se quitó %n producto. En una computadora real, un reinicio terminaría la desinstalación.</numerusform>
            <numerusform>Listo (simulado): se quitaron %n productos. En una computadora real, un reinicio terminaría la desinstalación.</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed. Restart the computer to finish: Offramp opens again after the restart and checks that everything is gone.</source>
        <translation>Quitado. Reinicie la computadora para terminar: Offramp se abrirá de nuevo después del reinicio y comprobará que no quede nada.</translation>
    </message>
    <message>
        <source>Removed. Restart the computer to finish, then open Offramp again to check that everything is gone.</source>
        <translation>Quitado. Reinicie la computadora para terminar y luego abra Offramp de nuevo para comprobar que no quede nada.</translation>
    </message>
    <message>
        <source>it was interrupted.</source>
        <translation>se interrumpió.</translation>
    </message>
    <message>
        <source>The removal did not finish: %1
Nothing was lost. Fix what the message says, then press Remove now to try again, or go on to check this computer.</source>
        <translation>La desinstalación no terminó: %1
No se perdió nada. Corrija lo que indica el mensaje y pulse Quitar ahora para volver a intentarlo, o continúe para revisar esta computadora.</translation>
    </message>
    <message>
        <source>Offramp removed what it could. Remove the rest with its own uninstaller, then go on: the next page checks this computer again.</source>
        <translation>Offramp quitó lo que pudo. Quite el resto con su propio desinstalador y luego continúe: la página siguiente vuelve a revisar esta computadora.</translation>
    </message>
    <message>
        <source>The computer could not be restarted from here: restart it from the system menu.</source>
        <translation>No se pudo reiniciar la computadora desde aquí: reiníciela desde el menú del sistema.</translation>
    </message>
</context>
<context>
    <name>RulesPage</name>
    <message>
        <source>What the rules say</source>
        <translation>Qué dicen las normas</translation>
    </message>
    <message>
        <source>The rules about Kaspersky where you live, and where each one stands today.</source>
        <translation>Las normas sobre Kaspersky donde usted vive, y en qué punto está cada una hoy.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <source>Who it binds: %1</source>
        <translation>A quién obliga: %1</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Fuentes:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Using Kaspersky is not a crime.&lt;/b&gt; None of these rules binds a person who uses it at home.</source>
        <translation>&lt;b&gt;Usar Kaspersky no es un delito.&lt;/b&gt; Ninguna de estas normas obliga a una persona que lo usa en su casa.</translation>
    </message>
    <message>
        <source>But since %1 it may no longer be sold or updated here, and without updates its protection falls further behind every day. Moving to another product is the safe choice.</source>
        <translation>Pero desde el %1 ya no puede venderse ni actualizarse aquí, y sin actualizaciones su protección se queda más atrás cada día. Cambiarse a otro producto es la opción segura.</translation>
    </message>
    <message>
        <source>But it may no longer be sold here, and more of the ban takes effect on %1.</source>
        <translation>Pero ya no puede venderse aquí, y más partes de la prohibición entran en vigor el %1.</translation>
    </message>
    <message>
        <source>Here the rules bind governments and some organizations; for everyone else they are advice.</source>
        <translation>Aquí las normas obligan a los gobiernos y a algunas organizaciones; para todos los demás son consejos.</translation>
    </message>
</context>
<context>
    <name>SaveDataPage</name>
    <message>
        <source>Save your data</source>
        <translation>Guarde sus datos</translation>
    </message>
    <message>
        <source>Removing Kaspersky deletes what it keeps. Save what you need first.</source>
        <translation>Al quitar Kaspersky, se borra lo que tiene almacenado. Guarde primero lo que necesite.</translation>
    </message>
    <message>
        <source>Where it is:</source>
        <translation>Dónde está:</translation>
    </message>
    <message>
        <source>How to save it:</source>
        <translation>Cómo guardarlo:</translation>
    </message>
    <message>
        <source>If you skip this:</source>
        <translation>Si omite este paso:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Fuente:</translation>
    </message>
    <message>
        <source>I have saved this, or I do not need it</source>
        <translation>Ya lo guardé, o no lo necesito</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Guardado: %1</translation>
    </message>
    <message>
        <source>Nothing that Offramp knows of needs saving before removal.</source>
        <translation>Que Offramp sepa, no hay nada que guardar antes de quitar los productos.</translation>
    </message>
</context>
<context>
    <name>ScanPage</name>
    <message>
        <source>What is on this computer</source>
        <translation>Qué hay en esta computadora</translation>
    </message>
    <message>
        <source>Scan progress</source>
        <translation>Progreso de la búsqueda</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Products found</source>
        <translation>Productos encontrados</translation>
    </message>
    <message>
        <source>Looking for Kaspersky products…</source>
        <translation>Buscando productos de Kaspersky…</translation>
    </message>
    <message>
        <source>Nothing was changed. You can close Offramp and try again, or ask for help.</source>
        <translation>No se cambió nada. Puede cerrar Offramp e intentarlo de nuevo, o pedir ayuda.</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Instalado</translation>
    </message>
    <message>
        <source>Leftovers only</source>
        <translation>Solo restos</translation>
    </message>
    <message>
        <source>Show &amp;details: where each product was found</source>
        <translation>Mostrar &amp;detalles: dónde se encontró cada producto</translation>
    </message>
    <message>
        <source>Offramp looks for Kaspersky products and what they left behind. Nothing is changed.</source>
        <translation>Offramp busca productos de Kaspersky y los restos que hayan dejado. No se cambia nada.</translation>
    </message>
    <message>
        <source>(account %1)</source>
        <translation>(cuenta %1)</translation>
    </message>
    <message>
        <source>not banned</source>
        <translation>no prohibido</translation>
    </message>
    <message>
        <source>Good news: no Kaspersky product was found on %1. Offramp can still check what protects it: press Next.</source>
        <translation>Buenas noticias: no se encontró ningún producto de Kaspersky en %1. Offramp puede revisar de todos modos qué la protege: haga clic en Siguiente.</translation>
    </message>
    <message>
        <source>No banned product is installed on %1, but Offramp found what is listed below.</source>
        <translation>No hay ningún producto prohibido instalado en %1, pero Offramp encontró lo que aparece abajo.</translation>
    </message>
    <message numerus="yes">
        <source>Found %n Kaspersky product(s) installed on %1. Press Next to see what the rules say and what to do.</source>
        <translation>
            <numerusform>Se encontró %n producto de Kaspersky instalado en %1. Haga clic en Siguiente para ver qué dicen las normas y qué hacer.</numerusform>
            <numerusform>Se encontraron %n productos de Kaspersky instalados en %1. Haga clic en Siguiente para ver qué dicen las normas y qué hacer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScanTask</name>
    <message>
        <source>this computer</source>
        <translation>esta computadora</translation>
    </message>
    <message>
        <source>There is no demo computer named “%1”.</source>
        <translation>No hay ninguna computadora de demostración llamada «%1».</translation>
    </message>
    <message>
        <source>the demo computer “%1”</source>
        <translation>la computadora de demostración «%1»</translation>
    </message>
    <message>
        <source>The scan could not finish: %1</source>
        <translation>La búsqueda no pudo terminar: %1</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>What Offramp found and did. Keep the report for your records.</source>
        <translation>Lo que Offramp encontró e hizo. Guarde el informe como constancia.</translation>
    </message>
    <message>
        <source>Save the report as &amp;HTML…</source>
        <translation>Guardar el informe como &amp;HTML…</translation>
    </message>
    <message>
        <source>Save the report as &amp;PDF…</source>
        <translation>Guardar el informe como &amp;PDF…</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Página web (*.html)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Found: no Kaspersky product.</source>
        <translation>Encontrado: ningún producto de Kaspersky.</translation>
    </message>
    <message numerus="yes">
        <source>Saved: %n item(s) marked as saved.</source>
        <translation>
            <numerusform>Guardado: %n elemento marcado como guardado.</numerusform>
            <numerusform>Guardados: %n elementos marcados como guardados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed: %n product(s) (simulated on the demo computer).</source>
        <translation>
            <numerusform>Quitado: %n producto (simulación en la computadora de demostración).</numerusform>
            <numerusform>Quitados: %n productos (simulación en la computadora de demostración).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed: %n product(s).</source>
        <translation>
            <numerusform>Quitado: %n producto.</numerusform>
            <numerusform>Quitados: %n productos.</numerusform>
        </translation>
    </message>
    <message>
        <source>New protection: %1.</source>
        <translation>Nueva protección: %1.</translation>
    </message>
    <message>
        <source>Support code: %1</source>
        <translation>Código de soporte: %1</translation>
    </message>
    <message>
        <source>The report was saved to %1.</source>
        <translation>El informe se guardó en %1.</translation>
    </message>
    <message>
        <source>The report could not be saved to %1 (%2). Choose another folder and try again.</source>
        <translation>No se pudo guardar el informe en %1 (%2). Elija otra carpeta e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Guardar el informe</translation>
    </message>
    <message numerus="yes">
        <source>Found: %n Kaspersky product(s) installed.</source>
        <translation>
            <numerusform>Encontrado: %n producto de Kaspersky instalado.</numerusform>
            <numerusform>Encontrados: %n productos de Kaspersky instalados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Also found: %n other finding(s) (leftovers, or products that are not banned).</source>
        <translation>
            <numerusform>También se encontró: %n hallazgo más (restos, o productos que no están prohibidos).</numerusform>
            <numerusform>También se encontraron: %n hallazgos más (restos, o productos que no están prohibidos).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Today, %1.</source>
        <translation>Hoy, %1.</translation>
    </message>
    <message>
        <source>In effect from today</source>
        <translation>En vigor desde hoy</translation>
    </message>
    <message numerus="yes">
        <source>In effect for %n day(s)</source>
        <translation>
            <numerusform>En vigor desde hace %n día</numerusform>
            <numerusform>En vigor desde hace %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Comes into effect in %n day(s)</source>
        <translation>
            <numerusform>Entra en vigor dentro de %n día</numerusform>
            <numerusform>Entra en vigor dentro de %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Timeline of the rules</source>
        <translation>Cronología de las normas</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Leave Kaspersky safely</source>
        <translation>Deje Kaspersky de forma segura</translation>
    </message>
    <message>
        <source>Offramp looks for Kaspersky on this computer and helps you replace it.</source>
        <translation>Offramp busca Kaspersky en esta computadora y le ayuda a reemplazarlo.</translation>
    </message>
    <message>
        <source>Offramp will go through these steps with you:

1. Look for Kaspersky products on this computer.
2. Explain the rules that apply where you live.
3. Help you save your passwords and other data.
4. Help you choose new protection.
5. Remove Kaspersky, and check that it is gone.

Nothing is changed without your consent, and nothing you see here leaves this computer.</source>
        <translation>Offramp seguirá estos pasos junto con usted:

1. Buscar productos de Kaspersky en esta computadora.
2. Explicarle las normas que se aplican donde usted vive.
3. Ayudarle a guardar sus contraseñas y otros datos.
4. Ayudarle a elegir una nueva protección.
5. Quitar Kaspersky y comprobar que ya no esté.

No se cambia nada sin su consentimiento, y nada de lo que ve aquí sale de esta computadora.</translation>
    </message>
    <message>
        <source>This is a demonstration: Offramp reads the demo computer “%1” instead of this one, and changes nothing.</source>
        <translation>Esto es una demostración: Offramp lee la computadora de demostración «%1» en lugar de esta, y no cambia nada.</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>installed</source>
        <translation>instalado</translation>
    </message>
    <message>
        <source>leftovers only</source>
        <translation>solo restos</translation>
    </message>
    <message>
        <source>Offramp report</source>
        <translation>Informe de Offramp</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Fecha: %1</translation>
    </message>
    <message>
        <source>Computer: %1</source>
        <translation>Computadora: %1</translation>
    </message>
    <message>
        <source>Support code: %1</source>
        <translation>Código de soporte: %1</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>Qué se encontró</translation>
    </message>
    <message>
        <source>No Kaspersky product.</source>
        <translation>Ningún producto de Kaspersky.</translation>
    </message>
    <message>
        <source>What was saved</source>
        <translation>Qué se guardó</translation>
    </message>
    <message>
        <source>Nothing was marked as saved.</source>
        <translation>No se marcó nada como guardado.</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Qué se hizo</translation>
    </message>
    <message>
        <source>Nothing was removed.</source>
        <translation>No se quitó nada.</translation>
    </message>
    <message>
        <source>%1 removed (simulated on a demo computer)</source>
        <translation>Se quitó %1 (simulación en una computadora de demostración)</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>Se quitó %1</translation>
    </message>
    <message>
        <source>New protection</source>
        <translation>Nueva protección</translation>
    </message>
    <message>
        <source>Made by Offramp on this computer; nothing was sent anywhere.</source>
        <translation>Creado por Offramp en esta computadora; no se envió nada a ningún lugar.</translation>
    </message>
</context>
</TS>
