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
        <source>Offramp removes the products below, in this order, with their own uninstallers. Your files are not touched.</source>
        <translation>Offramp quita los productos de abajo, en este orden, con sus propios desinstaladores. Sus archivos no se tocan.</translation>
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
        <source>%1 (for the account %2)</source>
        <translation>%1 (para la cuenta %2)</translation>
    </message>
    <message>
        <source>%1. %2 — may ask to restart the computer</source>
        <translation>%1. %2 — puede pedir que reinicie la computadora</translation>
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
        <source>This version of Offramp cannot yet remove products by itself. Remove each product above with its own uninstaller (Settings › Apps on Windows, the app&apos;s uninstaller on a Mac, the package manager on Linux), then tick the box and go on: the next page checks that it is gone.</source>
        <translation>Esta versión de Offramp todavía no puede quitar productos por sí sola. Quite cada producto de la lista de arriba con su propio desinstalador (Configuración › Aplicaciones en Windows, el desinstalador de la aplicación en una Mac, el administrador de paquetes en Linux); luego marque la casilla y continúe: la página siguiente comprueba que ya no esté.</translation>
    </message>
    <message>
        <source>Removing…</source>
        <translation>Quitando…</translation>
    </message>
    <message numerus="yes">
        <source>Done (simulated): %n product(s) removed. On a real computer a restart may be needed to finish.</source>
        <translation>
            <numerusform>Listo (simulación): se quitó %n producto. En una computadora real, puede que haga falta reiniciar para terminar.</numerusform>
            <numerusform>Listo (simulación): se quitaron %n productos. En una computadora real, puede que haga falta reiniciar para terminar.</numerusform>
        </translation>
    </message>
    <message>
        <source>removed (simulated)</source>
        <translation>quitado (simulado)</translation>
    </message>
    <message>
        <source>The products below need removing, in this order, with their own uninstallers. Your files are not touched.</source>
        <translation>Hay que quitar los productos de abajo, en este orden, con sus propios desinstaladores. Sus archivos no se tocan.</translation>
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
