<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Offramp</source>
        <translation>Acerca de Offramp</translation>
    </message>
    <message>
        <source>Offramp %1

Offramp is free software: you may use it, share it and change it under the GNU General Public License, version 3 or later. It comes with no warranty.

It contains software made by others, each under its own licence. Their notices and the full licence texts follow, in English as they were written.</source>
        <translation>Offramp %1

Offramp es software libre: puede usarlo, compartirlo y modificarlo según la Licencia Pública General de GNU, versión 3 o posterior. Se ofrece sin ninguna garantía.

Contiene software creado por otros, cada uno con su propia licencia. A continuación aparecen sus avisos y los textos completos de las licencias, en inglés, tal como se redactaron.</translation>
    </message>
    <message>
        <source>Licences of Offramp and of the software it contains</source>
        <translation>Licencias de Offramp y del software que contiene</translation>
    </message>
</context>
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
    <message>
        <source>&lt;p&gt;&lt;b&gt;Antivirus installed on %1:&lt;/b&gt; %2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Antivirus instalado en %1:&lt;/b&gt; %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Offramp finds none of the antivirus products it can recognise installed on %1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Offramp no encuentra instalado en %1 ninguno de los antivirus que sabe reconocer.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Your new protection: %1.&lt;/b&gt; It is installed; check that it is turned on and keeps itself up to date.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Su nueva protección: %1.&lt;/b&gt; Ya está instalada; compruebe que esté activada y que se mantenga actualizada.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Check that it is turned on and keeps itself up to date.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Compruebe que esté activado y que se mantenga actualizado.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Make sure that some protection is installed and turned on.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Asegúrese de que haya alguna protección instalada y activada.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Your protection: %1.&lt;/b&gt; It was already installed and you keep it; check that it is turned on and keeps itself up to date.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Su protección: %1.&lt;/b&gt; Ya estaba instalada y usted la conserva; compruebe que esté activada y que se mantenga actualizada.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Your new protection: %1.&lt;/b&gt; It comes with your system and takes over once %2 is removed. Remove %2 with its own uninstaller, and cancel its subscription if you pay for one.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Su nueva protección: %1.&lt;/b&gt; Viene con su sistema y se hace cargo en cuanto se quite %2. Quite %2 con su propio desinstalador y cancele su suscripción si paga por ella.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Your new protection: %1.&lt;/b&gt; Before you install it from &lt;a href=&quot;%3&quot;&gt;its official website&lt;/a&gt;, remove %2 with its own uninstaller, and cancel its subscription if you pay for one.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Su nueva protección: %1.&lt;/b&gt; Antes de instalarla desde &lt;a href=&quot;%3&quot;&gt;su sitio web oficial&lt;/a&gt;, quite %2 con su propio desinstalador y cancele su suscripción si paga por ella.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Offramp finds no Kaspersky product on %1.</source>
        <translation>Offramp no encuentra ningún producto de Kaspersky en %1.</translation>
    </message>
    <message>
        <source>%1 (what Offramp saw: %2)</source>
        <translation>%1 (lo que vio Offramp: %2)</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Your new protection: %1.&lt;/b&gt; It comes with macOS and works in the background once Kaspersky is gone; Apple updates it automatically. There is nothing to install or turn on.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Su nueva protección: %1.&lt;/b&gt; Viene con macOS y funciona en segundo plano una vez que Kaspersky ya no está; Apple la actualiza automáticamente. No hay nada que instalar ni activar.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>On a real computer, a restart would now finish the removal.</source>
        <translation>En una computadora real, ahora un reinicio terminaría la desinstalación.</translation>
    </message>
    <message>
        <source>Restart the computer to finish the removal.</source>
        <translation>Reinicie la computadora para terminar la desinstalación.</translation>
    </message>
</context>
<context>
    <name>ChoiceAdvice</name>
    <message>
        <source>For most home computers, the protection that comes with Windows is enough; some of the others add more, such as a VPN or a password manager.</source>
        <translation>En la mayoría de las computadoras de casa basta con la protección que viene con Windows; otras agregan más, como una VPN o un administrador de contraseñas.</translation>
    </message>
    <message>
        <source>The protection that comes with macOS works in the background, with nothing to install; some of the others add more, such as a VPN or a password manager.</source>
        <translation>La protección que viene con macOS funciona en segundo plano, sin instalar nada; otras agregan más, como una VPN o un administrador de contraseñas.</translation>
    </message>
    <message>
        <source>None of these comes with Linux itself: each one is installed separately.</source>
        <translation>Ninguna de estas viene con Linux: cada una se instala por separado.</translation>
    </message>
    <message>
        <source>The others follow in alphabetical order, tools used by typing commands last; Offramp earns nothing from any of them.</source>
        <translation>Las demás siguen en orden alfabético, con las herramientas que se usan escribiendo comandos al final; Offramp no gana nada con ninguna de ellas.</translation>
    </message>
    <message>
        <source>They are listed in alphabetical order, tools used by typing commands last; Offramp earns nothing from any of them.</source>
        <translation>Aparecen en orden alfabético, con las herramientas que se usan escribiendo comandos al final; Offramp no gana nada con ninguna de ellas.</translation>
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
        <source>Official website:</source>
        <translation>Sitio web oficial:</translation>
    </message>
    <message>
        <source>%1
(comes with your system)</source>
        <translation>%1
(viene con su sistema)</translation>
    </message>
    <message>
        <source>Keep %1
(installed now)</source>
        <translation>Conservar %1
(instalado ahora)</translation>
    </message>
    <message>
        <source>Choose your protection</source>
        <translation>Elija su protección</translation>
    </message>
    <message>
        <source>%1
(used by typing commands)</source>
        <translation>%1
(se usa escribiendo comandos)</translation>
    </message>
</context>
<context>
    <name>ErrorSentences</name>
    <message>
        <source>“%1” is not there: it may have been moved, renamed or deleted. Check that it is where Offramp looks for it, then try again.</source>
        <translation>«%1» no está: puede que se haya movido, cambiado de nombre o eliminado. Compruebe que esté donde Offramp lo busca y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>“%1” is a folder or a link, not a file. Choose the file itself, then try again.</source>
        <translation>«%1» es una carpeta o un enlace, no un archivo. Elija el archivo mismo y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>“%1” already exists, and Offramp never writes over a file. Choose another name, or move the existing file away, then try again.</source>
        <translation>«%1» ya existe, y Offramp nunca sobrescribe un archivo. Elija otro nombre o mueva el archivo existente a otro lugar, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>This computer does not let Offramp use “%1”. Make sure your account may use it, or choose another place, then try again.</source>
        <translation>Esta computadora no permite que Offramp use «%1». Asegúrese de que su cuenta tenga permiso para usarlo, o elija otro lugar, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The disk that holds “%1” is full. Free some space there, or choose a place on another disk, then try again.</source>
        <translation>El disco donde está «%1» está lleno. Libere espacio allí o elija un lugar en otro disco, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The path “%1” is longer than this system allows. Choose a place with a shorter path, then try again.</source>
        <translation>La ruta «%1» es más larga de lo que este sistema permite. Elija un lugar con una ruta más corta y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Another program is using “%1” right now. Wait until it has finished, or close it, then try again.</source>
        <translation>Otro programa está usando «%1» en este momento. Espere a que termine, o ciérrelo, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>“%1” could not be read: another program may be holding it, or the disk may be failing. Try again; if it keeps failing, ask someone to check the disk.</source>
        <translation>No se pudo leer «%1»: puede que otro programa lo tenga abierto o que el disco esté fallando. Vuelva a intentarlo; si sigue fallando, pida a alguien que revise el disco.</translation>
    </message>
    <message>
        <source>“%1” is damaged: what it holds is not what it should be, so Offramp cannot rely on it. Offramp has not changed it. Ask someone who knows the computer to look at it.</source>
        <translation>«%1» está dañado: lo que contiene no es lo que debería, así que Offramp no puede fiarse de él. Offramp no lo modificó. Pida a alguien que conozca la computadora que lo revise.</translation>
    </message>
    <message>
        <source>“%1” is not text that Offramp can read: it may have been saved in another form, or be another kind of file. Choose the original file.</source>
        <translation>«%1» no es un texto que Offramp pueda leer: puede que se haya guardado en otro formato o que sea otro tipo de archivo. Elija el archivo original.</translation>
    </message>
    <message>
        <source>“%1” is in a form Offramp cannot read.</source>
        <translation>«%1» está en un formato que Offramp no puede leer.</translation>
    </message>
    <message>
        <source>Something Offramp needs is not there: it may have been moved, renamed or deleted.</source>
        <translation>Falta algo que Offramp necesita: puede que se haya movido, cambiado de nombre o eliminado.</translation>
    </message>
    <message>
        <source>A folder or a link is where Offramp expected a file.</source>
        <translation>Hay una carpeta o un enlace donde Offramp esperaba un archivo.</translation>
    </message>
    <message>
        <source>The name is already taken, and Offramp never writes over a file. Choose another name.</source>
        <translation>Ese nombre ya está en uso, y Offramp nunca sobrescribe un archivo. Elija otro nombre.</translation>
    </message>
    <message>
        <source>This computer does not let Offramp do this. Make sure your account may, then try again.</source>
        <translation>Esta computadora no permite que Offramp haga esto. Asegúrese de que su cuenta tenga permiso y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space, then try again.</source>
        <translation>El disco está lleno. Libere espacio y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>A path is longer than this system allows. Choose a place with a shorter path.</source>
        <translation>Una ruta es más larga de lo que este sistema permite. Elija un lugar con una ruta más corta.</translation>
    </message>
    <message>
        <source>Another program is working on it right now. Wait until it has finished, then try again.</source>
        <translation>Otro programa está trabajando con ello en este momento. Espere a que termine y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>A file could not be read: another program may be holding it, or the disk may be failing. Try again; if it keeps failing, ask someone to check the disk.</source>
        <translation>No se pudo leer un archivo: puede que otro programa lo tenga abierto o que el disco esté fallando. Vuelva a intentarlo; si sigue fallando, pida a alguien que revise el disco.</translation>
    </message>
    <message>
        <source>A file Offramp needs is damaged, so Offramp cannot rely on it. Offramp has not changed it.</source>
        <translation>Un archivo que Offramp necesita está dañado, así que Offramp no puede fiarse de él. Offramp no lo modificó.</translation>
    </message>
    <message>
        <source>A file is not text that Offramp can read.</source>
        <translation>Un archivo no es un texto que Offramp pueda leer.</translation>
    </message>
    <message>
        <source>Offramp cannot do this on this kind of computer or with this kind of file.</source>
        <translation>Offramp no puede hacer esto en este tipo de computadora o con este tipo de archivo.</translation>
    </message>
    <message>
        <source>Offramp was asked for something that is not valid. This is a fault in Offramp; please report it.</source>
        <translation>Se le pidió a Offramp algo que no es válido. Es un fallo de Offramp; por favor, infórmelo.</translation>
    </message>
    <message>
        <source>Something went wrong that Offramp did not expect. Try again; if it happens again, show the details to someone who can help.</source>
        <translation>Ocurrió algo que Offramp no esperaba. Vuelva a intentarlo; si vuelve a pasar, muestre los detalles a alguien que pueda ayudarle.</translation>
    </message>
    <message>
        <source>Details for a technician: %1</source>
        <translation>Detalles para un técnico (en inglés): %1</translation>
    </message>
</context>
<context>
    <name>EvidenceText</name>
    <message>
        <source>package %1</source>
        <translation>paquete %1</translation>
    </message>
    <message>
        <source>configuration files of the removed package %1</source>
        <translation>archivos de configuración del paquete quitado %1</translation>
    </message>
    <message>
        <source>systemd unit %1</source>
        <translation>unidad de systemd %1</translation>
    </message>
    <message>
        <source>folder or file %1</source>
        <translation>carpeta o archivo %1</translation>
    </message>
    <message>
        <source>app %1</source>
        <translation>aplicación %1</translation>
    </message>
    <message>
        <source>app %1 (%2)</source>
        <translation>aplicación %1 (%2)</translation>
    </message>
    <message>
        <source>launchd job %1</source>
        <translation>tarea de launchd %1</translation>
    </message>
    <message>
        <source>entry “%1” in the list of installed programs</source>
        <translation>entrada «%1» en la lista de programas instalados</translation>
    </message>
    <message>
        <source>registry key %1</source>
        <translation>clave del registro %1</translation>
    </message>
    <message>
        <source>service %1</source>
        <translation>servicio %1</translation>
    </message>
    <message>
        <source>driver %1</source>
        <translation>controlador %1</translation>
    </message>
    <message>
        <source>entry “%1” (version %2) in the list of installed programs</source>
        <translation>entrada «%1» (versión %2) en la lista de programas instalados</translation>
    </message>
</context>
<context>
    <name>MigrationWizard</name>
    <message>
        <source>Offramp</source>
        <translation>Offramp</translation>
    </message>
    <message>
        <source>Scan</source>
        <comment>step</comment>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Rules</source>
        <comment>step</comment>
        <translation>Normas</translation>
    </message>
    <message>
        <source>Save</source>
        <comment>step</comment>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Choose</source>
        <comment>step</comment>
        <translation>Elegir</translation>
    </message>
    <message>
        <source>Remove</source>
        <comment>step</comment>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Check</source>
        <comment>step</comment>
        <translation>Revisar</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>step</comment>
        <translation>Listo</translation>
    </message>
</context>
<context>
    <name>PasswordHandover</name>
    <message>
        <source>Websites</source>
        <translation>Sitios web</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Aplicaciones</translation>
    </message>
    <message>
        <source>Other accounts</source>
        <translation>Otras cuentas</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 de %3</translation>
    </message>
    <message>
        <source>Hand your passwords over to another password manager</source>
        <translation>Lleve sus contraseñas a otro administrador de contraseñas</translation>
    </message>
    <message>
        <source>C&amp;onvert</source>
        <translation>C&amp;onvertir</translation>
    </message>
    <message>
        <source>Convert the export into the password manager&apos;s CSV file</source>
        <translation>Convertir la exportación en el archivo CSV del administrador de contraseñas</translation>
    </message>
    <message>
        <source>I have imported my passwords and checked them</source>
        <translation>Ya importé mis contraseñas y las revisé</translation>
    </message>
    <message>
        <source>&amp;Delete the export and the CSV securely…</source>
        <translation>&amp;Borrar de forma segura la exportación y el CSV…</translation>
    </message>
    <message>
        <source>Delete the password export and the CSV file securely</source>
        <translation>Borrar de forma segura la exportación de contraseñas y el archivo CSV</translation>
    </message>
    <message>
        <source>In Kaspersky Password Manager, use Export to text file (Settings → Import/Export) and save the file on this computer. That file holds your passwords unencrypted. Offramp turns it into the CSV file another password manager imports; nothing is sent anywhere.</source>
        <translation>En Kaspersky Password Manager, abra Configuración, vaya a la sección de importación y exportación y use la exportación a un archivo de texto (en la versión en inglés: Settings → Import/Export → Export to text file). Guarde el archivo en esta computadora. Ese archivo contiene sus contraseñas sin cifrar. Offramp lo convierte en el archivo CSV que importa otro administrador de contraseñas; no se envía nada a ningún lugar.</translation>
    </message>
    <message>
        <source>Kaspersky Password Manager text export</source>
        <translation>Exportación de texto de Kaspersky Password Manager</translation>
    </message>
    <message>
        <source>The exported text file</source>
        <translation>El archivo de texto exportado</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>Choose Kaspersky Password Manager&apos;s text export</source>
        <translation>Elegir la exportación de texto de Kaspersky Password Manager</translation>
    </message>
    <message>
        <source>Password manager to move to</source>
        <translation>Administrador de contraseñas de destino</translation>
    </message>
    <message>
        <source>Where to save the CSV file</source>
        <translation>Dónde guardar el archivo CSV</translation>
    </message>
    <message>
        <source>Choose &amp;where…</source>
        <translation>Elegir &amp;dónde…</translation>
    </message>
    <message>
        <source>Choose where to save the CSV file</source>
        <translation>Elegir dónde guardar el archivo CSV</translation>
    </message>
    <message>
        <source>&amp;Export file:</source>
        <translation>Archivo e&amp;xportado:</translation>
    </message>
    <message>
        <source>&amp;Move to:</source>
        <translation>&amp;Llevar a:</translation>
    </message>
    <message>
        <source>&amp;Save the CSV as:</source>
        <translation>&amp;Guardar el CSV como:</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Archivos de texto (*.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Save the CSV file as</source>
        <translation>Guardar el archivo CSV como</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Choose the text file that Kaspersky Password Manager exported.</source>
        <translation>Elija el archivo de texto que exportó Kaspersky Password Manager.</translation>
    </message>
    <message>
        <source>Offramp cannot read that file: %1</source>
        <translation>Offramp no puede leer ese archivo: %1</translation>
    </message>
    <message>
        <source>%1 is not a Kaspersky Password Manager text export that Offramp can read. The problem is on line %2: %3. Make sure you chose the file made with Export to text file, not the encrypted backup.</source>
        <translation>%1 no es una exportación de texto de Kaspersky Password Manager que Offramp pueda leer. El problema está en la línea %2: %3. Asegúrese de haber elegido el archivo creado con la exportación a un archivo de texto (Export to text file) y no la copia de seguridad cifrada.</translation>
    </message>
    <message>
        <source>%1 holds no entries. Is it Kaspersky Password Manager&apos;s text export (Export to text file)?</source>
        <translation>%1 no contiene ninguna entrada. ¿Es la exportación de texto de Kaspersky Password Manager (Export to text file)?</translation>
    </message>
    <message numerus="yes">
        <source>The export holds %n entries.</source>
        <translation>
            <numerusform>La exportación contiene %n entrada.</numerusform>
            <numerusform>La exportación contiene %n entradas.</numerusform>
        </translation>
    </message>
    <message>
        <source>It is an old export without section titles, so every entry is read as a website.</source>
        <translation>Es una exportación antigua sin títulos de sección, así que cada entrada se lee como un sitio web.</translation>
    </message>
    <message>
        <source>Nothing was converted: see above.</source>
        <translation>No se convirtió nada: vea más arriba.</translation>
    </message>
    <message>
        <source>Choose where to save the CSV file.</source>
        <translation>Elija dónde guardar el archivo CSV.</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n entries can be held by %1&apos;s CSV file, so nothing was written.</source>
        <translation>
            <numerusform>La única entrada no cabe en el archivo CSV de %1, así que no se escribió nada.</numerusform>
            <numerusform>Ninguna de las %n entradas cabe en el archivo CSV de %1, así que no se escribió nada.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was written: %1. Offramp never overwrites a file; choose another name, or move the existing file away.</source>
        <translation>No se escribió nada: %1. Offramp nunca sobrescribe un archivo; elija otro nombre o mueva el archivo existente a otro lugar.</translation>
    </message>
    <message>
        <source>Nothing was written: %1. Choose another folder and try again.</source>
        <translation>No se escribió nada: %1. Elija otra carpeta e inténtelo de nuevo.</translation>
    </message>
    <message numerus="yes">
        <source>Written for %1: %n entries.</source>
        <translation>
            <numerusform>Escrito para %1: %n entrada.</numerusform>
            <numerusform>Escrito para %1: %n entradas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n entries, readable by you only)</source>
        <translation>
            <numerusform>%1 (%n entrada; solo usted puede leerlo)</numerusform>
            <numerusform>%1 (%n entradas; solo usted puede leerlo)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 takes at most %2 rows per file, so the entries are split over %n files: import each of them.</source>
        <translation>
            <numerusform>%1 acepta como máximo %2 filas por archivo, así que las entradas se repartieron en %n archivo: impórtelo.</numerusform>
            <numerusform>%1 acepta como máximo %2 filas por archivo, así que las entradas se repartieron en %n archivos: importe cada uno de ellos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries cannot be held by %1&apos;s CSV file and were left out; add them there by hand:</source>
        <translation>
            <numerusform>%n entrada no cabe en el archivo CSV de %1 y quedó fuera; agréguela allí a mano:</numerusform>
            <numerusform>%n entradas no caben en el archivo CSV de %1 y quedaron fuera; agréguelas allí a mano:</numerusform>
        </translation>
    </message>
    <message>
        <source>  line %1, %2 “%3”: %4</source>
        <translation>  línea %1, %2 “%3”: %4</translation>
    </message>
    <message>
        <source>These files, like the export, hold your passwords in plain text. Once the import has worked, delete them below.</source>
        <translation>Estos archivos, igual que la exportación, contienen sus contraseñas sin cifrar. Cuando la importación haya funcionado, bórrelos más abajo.</translation>
    </message>
    <message>
        <source>To import into 1Password: use 1Password&apos;s import of a CSV file and pick the file above.</source>
        <translation>Para importar en 1Password: use la importación de archivos CSV de 1Password y seleccione el archivo de arriba.</translation>
    </message>
    <message>
        <source>Then open a few entries there and check that the user names and passwords are right.</source>
        <translation>Después abra allí algunas entradas y compruebe que los nombres de usuario y las contraseñas sean correctos.</translation>
    </message>
    <message>
        <source>Delete these files for good?</source>
        <translation>¿Borrar estos archivos definitivamente?</translation>
    </message>
    <message>
        <source>Offramp overwrites these files and then deletes them; they cannot be recovered:</source>
        <translation>Offramp sobrescribe estos archivos y después los borra; no se podrán recuperar:</translation>
    </message>
    <message>
        <source>Do this only once your passwords are in the new password manager. Nothing else is touched. On solid-state drives and in backups, traces of the old contents may remain.</source>
        <translation>Hágalo solo cuando sus contraseñas ya estén en el nuevo administrador de contraseñas. No se toca nada más. En las unidades de estado sólido (SSD) y en las copias de seguridad pueden quedar rastros del contenido anterior.</translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>Borrar definitivamente</translation>
    </message>
    <message>
        <source>Keep the files</source>
        <translation>Conservar los archivos</translation>
    </message>
    <message>
        <source>Deleted: %1</source>
        <translation>Borrado: %1</translation>
    </message>
    <message>
        <source>Already gone: %1</source>
        <translation>Ya no estaba: %1</translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>No se borró: %1</translation>
    </message>
    <message>
        <source>To import into Bitwarden: use Bitwarden&apos;s import, choose Bitwarden&apos;s own CSV format and pick the file above.</source>
        <translation>Para importar en Bitwarden: use la importación de Bitwarden, elija el formato CSV propio de Bitwarden y seleccione el archivo de arriba.</translation>
    </message>
    <message>
        <source>To import into KeePassXC: use its CSV import, pick the file above, and confirm that the first row holds the field names.</source>
        <translation>Para importar en KeePassXC: use su importación de CSV, seleccione el archivo de arriba y confirme que la primera fila contiene los nombres de los campos.</translation>
    </message>
    <message>
        <source>To import into Google Password Manager: use its import of passwords and pick the file above. Google takes at most 3,000 rows per file.</source>
        <translation>Para importar en el Gestor de contraseñas de Google: use su importación de contraseñas y seleccione el archivo de arriba. Google acepta como máximo 3.000 filas por archivo.</translation>
    </message>
    <message>
        <source>a note: %1&apos;s CSV holds only passwords for websites</source>
        <translation>es una nota: el CSV de %1 solo admite contraseñas de sitios web</translation>
    </message>
    <message>
        <source>the website address</source>
        <translation>la dirección del sitio web</translation>
    </message>
    <message>
        <source>a website address (it is not a website entry)</source>
        <translation>una dirección de sitio web (no es una entrada de sitio web)</translation>
    </message>
    <message>
        <source>the user name</source>
        <translation>el nombre de usuario</translation>
    </message>
    <message>
        <source>the password</source>
        <translation>la contraseña</translation>
    </message>
    <message>
        <source>it lacks %1, which %2 requires</source>
        <translation>le falta %1, que %2 exige</translation>
    </message>
    <message numerus="yes">
        <source>The login name (an alias of the account) is in the notes of %n entries: %1&apos;s CSV has no column for it.</source>
        <translation>
            <numerusform>El nombre de inicio de sesión (un alias de la cuenta) está en las notas de %n entrada: el CSV de %1 no tiene una columna para él.</numerusform>
            <numerusform>El nombre de inicio de sesión (un alias de la cuenta) está en las notas de %n entradas: el CSV de %1 no tiene una columna para él.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The Kaspersky section (Applications or Other accounts) is in the notes of %n entries: %1&apos;s CSV has no column for it.</source>
        <translation>
            <numerusform>La sección de Kaspersky (Aplicaciones u Otras cuentas) está en las notas de %n entrada: el CSV de %1 no tiene una columna para ella.</numerusform>
            <numerusform>La sección de Kaspersky (Aplicaciones u Otras cuentas) está en las notas de %n entradas: el CSV de %1 no tiene una columna para ella.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries from Notes became items with a title and notes only: %1&apos;s CSV has no note type.</source>
        <translation>
            <numerusform>%n entrada de Notas se convirtió en un elemento con solo un título y notas: el CSV de %1 no tiene un tipo de nota.</numerusform>
            <numerusform>%n entradas de Notas se convirtieron en elementos con solo un título y notas: el CSV de %1 no tiene un tipo de nota.</numerusform>
        </translation>
    </message>
    <message>
        <source>the file is UTF-16 or UTF-32 text, but the export is UTF-8; export it again from Kaspersky Password Manager rather than re-saving it in an editor</source>
        <translation>el archivo es texto UTF-16 o UTF-32, pero la exportación es UTF-8; vuelva a exportarlo desde Kaspersky Password Manager en lugar de guardarlo de nuevo con un editor</translation>
    </message>
    <message>
        <source>the file holds binary data, so it is not the text export; the encrypted backup (.edb or .pdb) cannot be converted</source>
        <translation>el archivo contiene datos binarios, así que no es la exportación de texto; la copia de seguridad cifrada (.edb o .pdb) no se puede convertir</translation>
    </message>
    <message>
        <source>the text is not UTF-8 (was it re-saved in another encoding?)</source>
        <translation>el texto no es UTF-8 (¿se guardó de nuevo con otra codificación?)</translation>
    </message>
    <message>
        <source>a line that is not “Key: value” (not shown, since it may hold a secret)</source>
        <translation>una línea que no es «Clave: valor» (no se muestra, porque puede contener un secreto)</translation>
    </message>
    <message>
        <source>the file has no English section titles (Websites, Applications, Other Accounts, Notes); only exports made in English can be read for now</source>
        <translation>el archivo no tiene títulos de sección en inglés (Websites, Applications, Other Accounts, Notes); por ahora solo se pueden leer exportaciones hechas en inglés</translation>
    </message>
    <message>
        <source>“%1” comes before any section title (Websites, Applications, Other Accounts, Notes)</source>
        <translation>«%1» aparece antes de cualquier título de sección (Websites, Applications, Other Accounts, Notes)</translation>
    </message>
    <message>
        <source>“%1” is not a key Offramp knows; only exports made in English can be read for now</source>
        <translation>«%1» no es una clave que Offramp conozca; por ahora solo se pueden leer exportaciones hechas en inglés</translation>
    </message>
    <message>
        <source>“%1” appears twice in one entry</source>
        <translation>«%1» aparece dos veces en la misma entrada</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Offramp cannot start</source>
        <translation>Offramp no puede iniciarse</translation>
    </message>
    <message>
        <source>Offramp’s built-in catalog is damaged. Please download Offramp again.</source>
        <translation>El catálogo incluido en Offramp está dañado. Descargue Offramp de nuevo.</translation>
    </message>
</context>
<context>
    <name>RemovalTask</name>
    <message>
        <source>Offramp started its removal program the wrong way, so nothing was removed. This is a fault in Offramp: please report it, with the details below.</source>
        <translation>Offramp inició su programa de desinstalación de forma incorrecta, así que no se quitó nada. Es un fallo de Offramp: por favor, infórmelo junto con los detalles de abajo.</translation>
    </message>
    <message>
        <source>The removal program could not read what it needs on this computer (a damaged database or file, or a folder that is missing), so nothing was removed. The details below say which; once that is mended, press Remove now again.</source>
        <translation>El programa de desinstalación no pudo leer lo que necesita en esta computadora (una base de datos o un archivo dañado, o una carpeta que falta), así que no se quitó nada. Los detalles de abajo dicen cuál; cuando se haya corregido, pulse Quitar ahora de nuevo.</translation>
    </message>
    <message>
        <source>The removal program stopped before it began, so nothing was removed. Press Remove now to try again; if it stops again, show the details below to someone who can help.</source>
        <translation>El programa de desinstalación se detuvo antes de empezar, así que no se quitó nada. Pulse Quitar ahora para volver a intentarlo; si se detiene otra vez, muestre los detalles de abajo a alguien que pueda ayudarle.</translation>
    </message>
    <message>
        <source>The removal program stopped unexpectedly (exit code %1) before it wrote down what it did. Press Remove now to try again; if it stops again, show the details below to someone who can help.</source>
        <translation>El programa de desinstalación se detuvo inesperadamente (código de salida %1) antes de anotar lo que hizo. Pulse Quitar ahora para volver a intentarlo; si se detiene otra vez, muestre los detalles de abajo a alguien que pueda ayudarle.</translation>
    </message>
    <message>
        <source>The removal program could not be started with administrator rights, so nothing was removed. Press Remove now to try again; the details below say what the system answered.</source>
        <translation>No se pudo iniciar el programa de desinstalación con permisos de administrador, así que no se quitó nada. Pulse Quitar ahora para volver a intentarlo; los detalles de abajo dicen lo que respondió el sistema.</translation>
    </message>
    <message>
        <source>The removal program could not be started, so nothing was removed. Press Remove now to try again; the details below say what the system answered.</source>
        <translation>No se pudo iniciar el programa de desinstalación, así que no se quitó nada. Pulse Quitar ahora para volver a intentarlo; los detalles de abajo dicen lo que respondió el sistema.</translation>
    </message>
    <message>
        <source>The removal could not start: %1</source>
        <translation>La desinstalación no pudo empezar: %1</translation>
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
        <source>Offramp removed what it could. Remove the rest with its own uninstaller, then go on: the next page checks this computer again.</source>
        <translation>Offramp quitó lo que pudo. Quite el resto con su propio desinstalador y luego continúe: la página siguiente vuelve a revisar esta computadora.</translation>
    </message>
    <message>
        <source>The computer could not be restarted from here: restart it from the system menu.</source>
        <translation>No se pudo reiniciar la computadora desde aquí: reiníciela desde el menú del sistema.</translation>
    </message>
    <message>
        <source>It was interrupted.</source>
        <translation>Se interrumpió.</translation>
    </message>
    <message>
        <source>The removal did not finish. %1
Nothing was lost. Once that is dealt with, press Remove now to try again, or go on to check this computer.</source>
        <translation>La desinstalación no terminó. %1
No se perdió nada. Cuando eso esté resuelto, pulse Quitar ahora para volver a intentarlo, o continúe para revisar esta computadora.</translation>
    </message>
    <message>
        <source>Kaspersky administrator’s &amp;user name:</source>
        <translation>&amp;Usuario administrador de Kaspersky:</translation>
    </message>
    <message>
        <source>Uninstall &amp;password:</source>
        <translation>&amp;Contraseña de desinstalación:</translation>
    </message>
    <message>
        <source>Only if one was set when Kaspersky was installed (at work, ask whoever looks after the computers). Leave it empty otherwise. Offramp hands it to the uninstaller and keeps it nowhere.</source>
        <translation>Solo si se configuró una al instalar Kaspersky (en el trabajo, pregunte a quien se encarga de las computadoras). Si no, déjelo vacío. Offramp se la entrega al desinstalador y no la guarda en ningún lugar.</translation>
    </message>
    <message>
        <source>When you press Remove now, Windows asks whether Offramp may make changes to this computer: choose Yes (it may ask for an administrator’s password). The removal can take several minutes; do not turn the computer off.</source>
        <translation>Cuando pulse Quitar ahora, Windows le preguntará si Offramp puede hacer cambios en esta computadora: elija Sí (puede pedirle la contraseña de un administrador). La desinstalación puede tardar varios minutos; no apague la computadora.</translation>
    </message>
    <message>
        <source>Nothing was removed, because the change was not allowed when Windows asked. Nothing is lost; press Remove now to try again when you are ready.</source>
        <translation>No se quitó nada, porque no se permitió el cambio cuando Windows lo preguntó. No se perdió nada; pulse Quitar ahora para intentarlo de nuevo cuando esté listo.</translation>
    </message>
    <message>
        <source>An earlier removal was interrupted before it could finish. Press Remove now to finish it: Offramp starts where it stopped.</source>
        <translation>Una desinstalación anterior se interrumpió antes de terminar. Pulse Quitar ahora para terminarla: Offramp continúa donde se detuvo.</translation>
    </message>
    <message numerus="yes">
        <source>at most %n minute(s)</source>
        <translation>
            <numerusform>como máximo %n minuto</numerusform>
            <numerusform>como máximo %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>The uninstaller that Offramp started before is still running: waiting for it to finish (%1). Please keep the computer on.</source>
        <translation>El desinstalador que Offramp inició antes todavía se está ejecutando: esperando a que termine (%1). Mantenga la computadora encendida.</translation>
    </message>
    <message>
        <source>The uninstaller that Offramp started before is still running: waiting for it to finish (%1 so far, %2). Please keep the computer on.</source>
        <translation>El desinstalador que Offramp inició antes todavía se está ejecutando: esperando a que termine (%1 hasta ahora, %2). Mantenga la computadora encendida.</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>waiting for the uninstaller started before…</source>
        <translation>esperando al desinstalador iniciado antes…</translation>
    </message>
    <message>
        <source>&amp;Go back and save my passwords</source>
        <translation>&amp;Volver y guardar mis contraseñas</translation>
    </message>
    <message>
        <source>Go back to Save your data and save my passwords</source>
        <translation>Volver a la página Guarde sus datos para guardar mis contraseñas</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your passwords are not saved.&lt;/b&gt; Removing Kaspersky Password Manager loses the passwords kept in it: no other program can open its vault. Go back to save them first.</source>
        <translation>&lt;b&gt;Sus contraseñas no están guardadas.&lt;/b&gt; Al quitar Kaspersky Password Manager se pierden las contraseñas que guarda: ningún otro programa puede abrir su bóveda. Vuelva atrás para guardarlas primero.</translation>
    </message>
    <message>
        <source>Another removal is already running on this computer (in another Offramp window, or offramp-cli in a terminal), so this one did not start: nothing was changed and nothing is lost. Wait until it has finished, then press Remove now again.</source>
        <translation>Ya hay otra desinstalación en curso en esta computadora (en otra ventana de Offramp, o offramp-cli en una terminal), así que esta no empezó: no se cambió nada y no se perdió nada. Espere a que termine y luego pulse Quitar ahora de nuevo.</translation>
    </message>
    <message>
        <source>The file at the place of the removal’s record, “%1”, was not a record Offramp can read. Offramp did not write over it: it is kept, unchanged, as “%2”, and a new record was started. Nothing was lost.</source>
        <translation>El archivo que estaba en el lugar del registro de la desinstalación, «%1», no era un registro que Offramp pueda leer. Offramp no lo sobrescribió: se conserva, sin cambios, como «%2», y se empezó un registro nuevo. No se perdió nada.</translation>
    </message>
    <message>
        <source>What is not banned is not removed: %1. To remove one anyway, use its own uninstaller.</source>
        <translation>No se quita lo que no está prohibido: %1. Si aun así quiere quitar alguno, use su propio desinstalador.</translation>
    </message>
    <message>
        <source>Left alone, because only leftovers remain: %1. Offramp never deletes files, drivers or registry keys by hand; the next page lists what remains.</source>
        <translation>Se dejan como están, porque solo quedan restos: %1. Offramp nunca borra a mano archivos, controladores ni claves del registro; la página siguiente muestra lo que queda.</translation>
    </message>
</context>
<context>
    <name>RescueSection</name>
    <message>
        <source>Save a copy of these files</source>
        <translation>Guardar una copia de estos archivos</translation>
    </message>
    <message>
        <source>Choose a &amp;folder…</source>
        <translation>Elegir una &amp;carpeta…</translation>
    </message>
    <message>
        <source>Save a &amp;copy</source>
        <translation>&amp;Guardar una copia</translation>
    </message>
    <message>
        <source>Cancel cop&amp;ying</source>
        <translation>Cancelar la co&amp;pia</translation>
    </message>
    <message>
        <source>Folder to save the copy in</source>
        <translation>Carpeta donde guardar la copia</translation>
    </message>
    <message>
        <source>A new or empty folder, on a USB drive if you can</source>
        <translation>Una carpeta nueva o vacía, en una memoria USB si es posible</translation>
    </message>
    <message>
        <source>Choose the folder to save the copy in</source>
        <translation>Elegir la carpeta donde guardar la copia</translation>
    </message>
    <message>
        <source>Cancel copying</source>
        <translation>Cancelar la copia</translation>
    </message>
    <message>
        <source>Copy progress</source>
        <translation>Progreso de la copia</translation>
    </message>
    <message>
        <source>Save the copy &amp;in:</source>
        <translation>Guardar la copia &amp;en:</translation>
    </message>
    <message>
        <source>Checking every copy against its original…</source>
        <translation>Comprobando cada copia con su original…</translation>
    </message>
    <message>
        <source>Copying… %1</source>
        <translation>Copiando… %1</translation>
    </message>
    <message>
        <source>Offramp knows of no files to copy on this kind of computer: save what is listed above by hand.</source>
        <translation>Offramp no conoce archivos que copiar en este tipo de computadora: guarde a mano lo que aparece arriba.</translation>
    </message>
    <message>
        <source>This is a demonstration computer: it has no real files, so nothing can be copied here. On a real computer, Offramp copies these files into a folder you choose and checks every copy: %1.</source>
        <translation>Esta es una computadora de demostración: no tiene archivos reales, así que aquí no se puede copiar nada. En una computadora real, Offramp copia estos archivos en una carpeta que usted elige y comprueba cada copia: %1.</translation>
    </message>
    <message>
        <source>Offramp can copy these files into a folder you choose, with a list of their checksums, and then check every copy: %1. The originals are only read.</source>
        <translation>Offramp puede copiar estos archivos en una carpeta que usted elija, con una lista de sus sumas de comprobación, y después comprobar cada copia: %1. Los originales solo se leen.</translation>
    </message>
    <message>
        <source>Choose where to save the copy</source>
        <translation>Elegir dónde guardar la copia</translation>
    </message>
    <message>
        <source>Kaspersky rescue %1</source>
        <translation>Rescate de Kaspersky %1</translation>
    </message>
    <message>
        <source>Looking for the files…</source>
        <translation>Buscando los archivos…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
    <message>
        <source>Stopped. The originals are untouched. %1 holds the copies made so far, but it is not a finished copy: press Save a copy again with the same folder to finish it.</source>
        <translation>Detenido. Los originales no se tocaron. %1 contiene las copias hechas hasta ahora, pero no es una copia terminada: pulse Guardar una copia otra vez con la misma carpeta para terminarla.</translation>
    </message>
    <message>
        <source>Offramp found none of these files on this computer, so there was nothing to copy. %1 holds the record of the products found.</source>
        <translation>Offramp no encontró ninguno de estos archivos en esta computadora, así que no había nada que copiar. %1 contiene el registro de los productos encontrados.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) saved in %1 (%2) and checked: every copy matches its original.</source>
        <translation>
            <numerusform>%n archivo guardado en %1 (%2) y comprobado: la copia coincide con su original.</numerusform>
            <numerusform>%n archivos guardados en %1 (%2) y comprobados: cada copia coincide con su original.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) saved in %1, but the check found copies that do not match. Press Save a copy again to copy them anew:</source>
        <translation>
            <numerusform>%n archivo guardado en %1, pero la comprobación encontró copias que no coinciden. Pulse Guardar una copia otra vez para copiarlas de nuevo:</numerusform>
            <numerusform>%n archivos guardados en %1, pero la comprobación encontró copias que no coinciden. Pulse Guardar una copia otra vez para copiarlas de nuevo:</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: %1.</source>
        <translation>Advertencia: %1.</translation>
    </message>
    <message>
        <source>These were not copied:</source>
        <translation>Estos no se copiaron:</translation>
    </message>
    <message>
        <source>the files Kaspersky products leave behind, in the places Offramp knows of</source>
        <translation>los archivos que dejan los productos de Kaspersky, en los lugares que Offramp conoce</translation>
    </message>
    <message>
        <source>%1; and what other Kaspersky products leave behind, in the places Offramp knows of</source>
        <translation>%1; y lo que dejan otros productos de Kaspersky, en los lugares que Offramp conoce</translation>
    </message>
</context>
<context>
    <name>RescueTask</name>
    <message>
        <source>The disk is full: %1. Nothing is lost: the originals are untouched and the copies already made are complete, but the copy is not finished. Free some space there, or choose a folder on a disk with more room (a USB drive, for example), then press Save a copy again: it carries on where it stopped.</source>
        <translation>El disco está lleno: %1. No se perdió nada: los originales no se tocaron y las copias ya hechas están completas, pero la copia no está terminada. Libere espacio allí o elija una carpeta en un disco con más espacio (una memoria USB, por ejemplo) y pulse Guardar una copia otra vez: continuará donde se detuvo.</translation>
    </message>
    <message>
        <source>The copy could not be written: %1. The originals are untouched, but the copy is not finished. Make sure you may write to that folder, or choose another one, then press Save a copy again.</source>
        <translation>No se pudo escribir la copia: %1. Los originales no se tocaron, pero la copia no está terminada. Asegúrese de que puede escribir en esa carpeta, o elija otra, y pulse Guardar una copia otra vez.</translation>
    </message>
    <message>
        <source>Nothing was copied: %1. Choose a new or empty folder.</source>
        <translation>No se copió nada: %1. Elija una carpeta nueva o vacía.</translation>
    </message>
    <message>
        <source>Nothing was copied: %1. That folder holds an earlier copy that cannot be read; move it away (it may hold copies you need) and choose a new folder.</source>
        <translation>No se copió nada: %1. Esa carpeta contiene una copia anterior que no se puede leer; muévala a otro lugar (puede contener copias que necesite) y elija una carpeta nueva.</translation>
    </message>
    <message>
        <source>Nothing was copied: %1.</source>
        <translation>No se copió nada: %1.</translation>
    </message>
    <message>
        <source>%1 of %2 copied</source>
        <translation>%1 de %2 copiados</translation>
    </message>
    <message>
        <source>%1: it is a link; Offramp copies only files themselves</source>
        <translation>%1: es un enlace; Offramp solo copia los archivos mismos</translation>
    </message>
    <message>
        <source>%1: it leads outside the computer&apos;s files</source>
        <translation>%1: lleva fuera de los archivos de la computadora</translation>
    </message>
    <message>
        <source>%1: its name cannot be kept in the copy; copy it by hand</source>
        <translation>%1: su nombre no se puede conservar en la copia; cópielo a mano</translation>
    </message>
    <message>
        <source>%1: the copy is missing</source>
        <translation>%1: falta la copia</translation>
    </message>
    <message>
        <source>%1: the copy is not a file</source>
        <translation>%1: la copia no es un archivo</translation>
    </message>
    <message>
        <source>%1: the copy differs from the original (changed or damaged)</source>
        <translation>%1: la copia no coincide con el original (cambió o está dañada)</translation>
    </message>
    <message>
        <source>the copy of %1 that an earlier rescue made is no longer in %2, and the original was not found this time</source>
        <translation>la copia de %1 que hizo un rescate anterior ya no está en %2, y esta vez no se encontró el original</translation>
    </message>
    <message>
        <source>The copy could not be made: %1 The originals are untouched.</source>
        <translation>No se pudo hacer la copia: %1 Los originales no se tocaron.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1: the folder could not be read completely</source>
        <translation>%1: la carpeta no se pudo leer por completo</translation>
    </message>
    <message>
        <source>%1: it could not be read</source>
        <translation>%1: no se pudo leer</translation>
    </message>
    <message>
        <source>%1: the copy could not be read</source>
        <translation>%1: la copia no se pudo leer</translation>
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
    <message>
        <source>My country is not listed</source>
        <translation>Mi país no está en la lista</translation>
    </message>
    <message>
        <source>&lt;b&gt;Offramp knows of no rule on Kaspersky in your country.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Offramp no conoce ninguna norma sobre Kaspersky en su país.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Offramp knows of no rule on Kaspersky in %1.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Offramp no conoce ninguna norma sobre Kaspersky en %1.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Nothing it knows of stops Kaspersky from being sold or updated there, or makes it an offence to keep using it. Whether to move to another product is your choice.</source>
        <translation>Nada de lo que conoce impide que Kaspersky se venda o se actualice allí, ni convierte en infracción seguir usándolo. Cambiar a otro producto es decisión suya.</translation>
    </message>
    <message>
        <source>US citizens living abroad are covered by the US ban wherever they are: Kaspersky may not sell to them or send them updates. To read it, choose “%1” above.</source>
        <translation>A los ciudadanos de EE. UU. que viven en el extranjero les alcanza la prohibición de EE. UU. dondequiera que estén: Kaspersky no puede venderles ni enviarles actualizaciones. Para leerla, elija «%1» arriba.</translation>
    </message>
    <message>
        <source>But a ban here has been decided: it takes effect on %1.</source>
        <translation>Pero aquí se ha decidido una prohibición: entra en vigor el %1.</translation>
    </message>
    <message>
        <source>What this means for you</source>
        <translation>Qué significa esto para usted</translation>
    </message>
    <message numerus="yes">
        <source>Rules for governments and companies (%n)</source>
        <translation>
            <numerusform>Normas para gobiernos y empresas (%n)</numerusform>
            <numerusform>Normas para gobiernos y empresas (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Here there is only official advice, which binds no one; what it recommends is below.</source>
        <translation>Aquí solo hay recomendaciones oficiales, que no obligan a nadie; abajo se explica qué recomiendan.</translation>
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
    <message>
        <source>I have a &amp;Password Manager export</source>
        <translation>&amp;Tengo una exportación de Password Manager</translation>
    </message>
    <message>
        <source>I have a Kaspersky Password Manager export: show the password hand-over</source>
        <translation>Tengo una exportación de Kaspersky Password Manager: mostrar cómo llevar mis contraseñas a otro administrador</translation>
    </message>
    <message>
        <source>&lt;b&gt;Save your passwords first.&lt;/b&gt; Kaspersky Password Manager is on this computer. Once it is removed, the passwords kept in it are lost: no other program can open its vault. Save them now, with the steps below.</source>
        <translation>&lt;b&gt;Guarde primero sus contraseñas.&lt;/b&gt; Kaspersky Password Manager está en esta computadora. Una vez que se quite, se pierden las contraseñas que guarda: ningún otro programa puede abrir su bóveda. Guárdelas ahora, con los pasos de abajo.</translation>
    </message>
    <message>
        <source>Did you use Kaspersky Password Manager, on this computer or another one, and export your passwords to a text file? Offramp can turn that file into one your new password manager imports.</source>
        <translation>¿Usó Kaspersky Password Manager, en esta computadora o en otra, y exportó sus contraseñas a un archivo de texto? Offramp puede convertir ese archivo en uno que su nuevo administrador de contraseñas pueda importar.</translation>
    </message>
    <message>
        <source>Saved, or not needed</source>
        <translation>Guardado, o no hace falta</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Aún no guardado</translation>
    </message>
    <message>
        <source>Kaspersky is not installed here any more. You can still save what it left behind.</source>
        <translation>Kaspersky ya no está instalado aquí. Aún puede guardar lo que dejó.</translation>
    </message>
    <message>
        <source>No Kaspersky product is installed here, so there is nothing to save before a removal.</source>
        <translation>No hay ningún producto de Kaspersky instalado aquí, así que no hay nada que guardar antes de una desinstalación.</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Fuentes:</translation>
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
    <message>
        <source>the computer whose files are in “%1”</source>
        <translation>la computadora cuyos archivos están en «%1»</translation>
    </message>
</context>
<context>
    <name>SecuritySettings</name>
    <message>
        <source>Open Windows &amp;Security</source>
        <translation>Abrir &amp;Seguridad de Windows</translation>
    </message>
    <message>
        <source>Windows Security</source>
        <translation>Seguridad de Windows</translation>
    </message>
    <message>
        <source>Open Windows Security from the Start menu.</source>
        <translation>Abra Seguridad de Windows desde el menú Inicio.</translation>
    </message>
    <message>
        <source>Open &amp;System Settings</source>
        <translation>Abrir Configuración del &amp;Sistema</translation>
    </message>
    <message>
        <source>System Settings</source>
        <translation>Configuración del Sistema</translation>
    </message>
    <message>
        <source>Open System Settings from the Apple menu, then Privacy &amp; Security.</source>
        <translation>Abra Configuración del Sistema desde el menú Apple y luego Privacidad y seguridad.</translation>
    </message>
</context>
<context>
    <name>SecuritySettingsButton</name>
    <message>
        <source>This is a demo computer, so nothing is opened. On a real one, this button opens %1.</source>
        <translation>Esta es una computadora de demostración, así que no se abre nada. En una computadora real, este botón abre %1.</translation>
    </message>
    <message>
        <source>Offramp could not open %1. %2</source>
        <translation>Offramp no pudo abrir %1. %2</translation>
    </message>
</context>
<context>
    <name>StepFailureText</name>
    <message>
        <source>Details for a technician: %1</source>
        <translation>Detalles para un técnico (en inglés): %1</translation>
    </message>
    <message>
        <source>Offramp did not run the uninstaller of %1: it is not one Offramp may run safely, or it changed since the scan. Remove %1 with its own uninstaller, then check again.</source>
        <translation>Offramp no ejecutó el desinstalador de %1: no es uno que Offramp pueda ejecutar con seguridad, o cambió desde el análisis. Quite %1 con su propio desinstalador y luego vuelva a revisar.</translation>
    </message>
    <message>
        <source>The package manager could not be started, so the package %1 was not removed.</source>
        <translation>No se pudo iniciar el gestor de paquetes, así que el paquete %1 no se quitó.</translation>
    </message>
    <message>
        <source>The uninstaller of %1 could not be started, so nothing was removed.</source>
        <translation>No se pudo iniciar el desinstalador de %1, así que no se quitó nada.</translation>
    </message>
    <message>
        <source>Removing the package %1 did not finish in time and was stopped: its removal script seems to wait for something. Nothing else was changed.</source>
        <translation>La desinstalación del paquete %1 no terminó a tiempo y se detuvo: su script de desinstalación parece esperar algo. No se cambió nada más.</translation>
    </message>
    <message>
        <source>The uninstaller of %1 did not finish in time and was stopped. Nothing else was changed.</source>
        <translation>El desinstalador de %1 no terminó a tiempo y se detuvo. No se cambió nada más.</translation>
    </message>
    <message>
        <source>Another installation or update was running, so %1 was not removed. Wait until it has finished (or restart the computer), then try again.</source>
        <translation>Había otra instalación o actualización en curso, así que %1 no se quitó. Espere a que termine (o reinicie la computadora) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The package manager could not remove the package %1 (error code %2).</source>
        <translation>El gestor de paquetes no pudo quitar el paquete %1 (código de error %2).</translation>
    </message>
    <message>
        <source>The uninstaller of %1 stopped with an error (error code %2).</source>
        <translation>El desinstalador de %1 se detuvo con un error (código de error %2).</translation>
    </message>
    <message>
        <source>%1 is still on the computer, although its uninstaller said it was done. Remove it with its own uninstaller (in the system&apos;s list of programs), then check again.</source>
        <translation>%1 sigue en la computadora, aunque su desinstalador dijo que había terminado. Quítelo con su propio desinstalador (en la lista de programas del sistema) y luego vuelva a revisar.</translation>
    </message>
    <message>
        <source>%1 could not be removed.</source>
        <translation>No se pudo quitar %1.</translation>
    </message>
    <message>
        <source>The uninstaller that Offramp started before is still running, so %1 was not removed yet. It may be waiting for something. Wait until it has finished (or restart the computer), then try again.</source>
        <translation>El desinstalador que Offramp inició antes todavía se está ejecutando, así que %1 aún no se quitó. Puede que esté esperando algo. Espere a que termine (o reinicie la computadora) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The package manager stopped abruptly while removing the package %1, so it may be half-done. Nothing else was changed. Try again: Offramp checks the package and removes it again.</source>
        <translation>El gestor de paquetes se detuvo de forma abrupta mientras quitaba el paquete %1, así que puede haber quedado a medias. No se cambió nada más. Vuelva a intentarlo: Offramp revisa el paquete y lo quita de nuevo.</translation>
    </message>
    <message>
        <source>The uninstaller of %1 stopped abruptly before it finished, so %1 may be partly removed. Nothing else was changed. Try again: Offramp checks what is left and runs the uninstaller again.</source>
        <translation>El desinstalador de %1 se detuvo de forma abrupta antes de terminar, así que %1 puede haberse quitado solo en parte. No se cambió nada más. Vuelva a intentarlo: Offramp revisa lo que queda y ejecuta el desinstalador de nuevo.</translation>
    </message>
</context>
<context>
    <name>StepList</name>
    <message>
        <source>to do</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>current</source>
        <translation>actual</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>terminado</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>no hace falta</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>Step %1 of %2, %3, %4</source>
        <translation>Paso %1 de %2, %3, %4</translation>
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
    <message>
        <source>Protection: %1, already installed and kept.</source>
        <translation>Protección: %1, ya instalada y conservada.</translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation>Qué hacer ahora</translation>
    </message>
    <message>
        <source>Found: no Kaspersky product installed.</source>
        <translation>Encontrado: ningún producto de Kaspersky instalado.</translation>
    </message>
    <message>
        <source>Removed: nothing.</source>
        <translation>Quitado: nada.</translation>
    </message>
    <message>
        <source>Protection found: %1.</source>
        <translation>Protección encontrada: %1.</translation>
    </message>
    <message>
        <source>Saved: nothing needed saving, as far as Offramp knows.</source>
        <translation>Guardado: no hacía falta guardar nada, que Offramp sepa.</translation>
    </message>
    <message numerus="yes">
        <source>Saved, or not needed: %n item(s), as you marked them.</source>
        <translation>
            <numerusform>Guardado, o no hace falta: %n elemento, según lo marcó.</numerusform>
            <numerusform>Guardado, o no hace falta: %n elementos, según los marcó.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved, or not needed: nothing marked.</source>
        <translation>Guardado, o no hace falta: nada marcado.</translation>
    </message>
</context>
<context>
    <name>SystemSupportText</name>
    <message>
        <source>&lt;b&gt;Windows 10 on %1 no longer gets security fixes&lt;/b&gt;, unless the computer is enrolled in Extended Security Updates: Microsoft’s support for Windows 10 ended on %2. Microsoft Defender still gets new virus definitions on Windows 10 until October 2028. If the computer can run Windows 11, moving to it brings security fixes back.</source>
        <translation>&lt;b&gt;Windows 10 en %1 ya no recibe correcciones de seguridad&lt;/b&gt;, salvo que la computadora esté inscrita en las Actualizaciones de seguridad extendidas (ESU): el soporte de Microsoft para Windows 10 terminó el %2. Microsoft Defender sigue recibiendo nuevas definiciones de virus en Windows 10 hasta octubre de 2028. Si la computadora puede usar Windows 11, pasarse a él le devuelve las correcciones de seguridad.</translation>
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
    <message numerus="yes">
        <source>In %n day(s)</source>
        <translation>
            <numerusform>Dentro de %n día</numerusform>
            <numerusform>Dentro de %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Happens today</source>
        <translation>Ocurre hoy</translation>
    </message>
    <message>
        <source>In effect since %1</source>
        <translation>En vigor desde el %1</translation>
    </message>
    <message>
        <source>Already happened</source>
        <translation>Ya ocurrió</translation>
    </message>
</context>
<context>
    <name>WarningNote</name>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Advertencia: %1</translation>
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
        <source>This is a demonstration: Offramp reads the demo computer “%1” instead of this one, and changes nothing.</source>
        <translation>Esto es una demostración: Offramp lee la computadora de demostración «%1» en lugar de esta, y no cambia nada.</translation>
    </message>
    <message>
        <source>Offramp goes through the steps listed beside this page with you: it looks for Kaspersky products on this computer, explains the rules that apply where you live, helps you save your passwords and other data and choose new protection, then removes Kaspersky and checks that it is gone.

Nothing is changed without your consent, and nothing you see here leaves this computer.</source>
        <translation>Offramp recorre con usted los pasos que aparecen junto a esta página: busca productos de Kaspersky en esta computadora, le explica las normas que se aplican donde usted vive, le ayuda a guardar sus contraseñas y otros datos y a elegir una nueva protección, y luego quita Kaspersky y comprueba que ya no esté.

No se cambia nada sin su consentimiento, y nada de lo que ve aquí sale de esta computadora.</translation>
    </message>
    <message>
        <source>About Offramp and its licences</source>
        <translation>Acerca de Offramp y sus licencias</translation>
    </message>
</context>
<context>
    <name>WhatToDoNow</name>
    <message>
        <source>Make sure that some protection is installed and turned on.</source>
        <translation>Asegúrese de que alguna protección esté instalada y activada.</translation>
    </message>
    <message>
        <source>Keep %1 turned on and up to date: it protects this computer now.</source>
        <translation>Mantenga %1 activado y actualizado: es lo que protege esta computadora ahora.</translation>
    </message>
    <message>
        <source>Open your system&apos;s security settings and check that %1 is turned on.</source>
        <translation>Abra la configuración de seguridad de su sistema y compruebe que esté activada esta protección: %1.</translation>
    </message>
    <message>
        <source>Install %1 from its official website (%2), then check that it is turned on.</source>
        <translation>Instale %1 desde su sitio web oficial (%2) y compruebe después que esté activado.</translation>
    </message>
    <message>
        <source>Remove %1 with its own uninstaller and cancel its subscription if you pay for one; then: %2</source>
        <translation>Quite %1 con su propio desinstalador y cancele su suscripción si paga una; después: %2</translation>
    </message>
    <message>
        <source>Restart the computer: the removal finishes when it starts again.</source>
        <translation>Reinicie la computadora: la desinstalación termina cuando vuelve a arrancar.</translation>
    </message>
    <message>
        <source>Once your new password manager shows your passwords, delete these files: they hold your passwords in plain text. Go back to the Save step to delete them securely: %1</source>
        <translation>Cuando su nuevo administrador de contraseñas muestre sus contraseñas, borre estos archivos: contienen sus contraseñas sin cifrar. Vuelva al paso Guardar para borrarlos de forma segura: %1</translation>
    </message>
    <message>
        <source>Keep the copy of your data in %1 until you are sure you no longer need anything from it.</source>
        <translation>Conserve la copia de sus datos en %1 hasta que esté seguro de que ya no necesita nada de ella.</translation>
    </message>
    <message>
        <source>Keep this report: it says what was found, saved and removed.</source>
        <translation>Conserve este informe: dice qué se encontró, qué se guardó y qué se quitó.</translation>
    </message>
    <message>
        <source>On a real computer, you would now restart it to finish the removal.</source>
        <translation>En una computadora real, ahora tendría que reiniciarla para terminar la desinstalación.</translation>
    </message>
    <message>
        <source>Save the report with the buttons above and keep it: it says what was found, saved and removed.</source>
        <translation>Guarde el informe con los botones de arriba y consérvelo: dice qué se encontró, qué se guardó y qué se quitó.</translation>
    </message>
    <message>
        <source>Nothing to install or turn on: %1 comes with macOS, works in the background, and Apple updates it automatically.</source>
        <translation>No hay nada que instalar ni activar: %1 viene con macOS, funciona en segundo plano y Apple lo actualiza automáticamente.</translation>
    </message>
    <message>
        <source>If someone helps you with this computer, tell them the support code %1. The report shows the same code, so they know which report you mean.</source>
        <translation>Si alguien le ayuda con esta computadora, dígale el código de soporte %1. El informe muestra el mismo código, así esa persona sabrá de qué informe le habla.</translation>
    </message>
    <message>
        <source>Keep %1 up to date: Offramp found it installed on this computer.</source>
        <translation>Mantenga %1 actualizado: Offramp lo encontró instalado en esta computadora.</translation>
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
    <message>
        <source>Antivirus found by the check</source>
        <translation>Antivirus encontrado en la revisión</translation>
    </message>
    <message>
        <source>None that Offramp recognises.</source>
        <translation>Ninguno que Offramp reconozca.</translation>
    </message>
    <message>
        <source>Protection, already installed and kept</source>
        <translation>Protección, ya instalada y conservada</translation>
    </message>
    <message>
        <source>Rules that apply</source>
        <translation>Normas que se aplican</translation>
    </message>
    <message>
        <source>Offramp knows of no rule on Kaspersky in the country chosen.</source>
        <translation>Offramp no conoce ninguna norma sobre Kaspersky en el país elegido.</translation>
    </message>
    <message>
        <source>Offramp knows of no rule on Kaspersky in %1.</source>
        <translation>Offramp no conoce ninguna norma sobre Kaspersky en %1.</translation>
    </message>
    <message>
        <source>In %1, on %2:</source>
        <translation>En %1, el %2:</translation>
    </message>
    <message>
        <source>Who it binds: %1</source>
        <translation>A quién obliga: %1</translation>
    </message>
    <message>
        <source>Not removed</source>
        <translation>No se quitó</translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation>Qué hacer ahora</translation>
    </message>
    <message>
        <source>Everything that was found was removed.</source>
        <translation>Se quitó todo lo que se encontró.</translation>
    </message>
    <message>
        <source>Antivirus found by the scan</source>
        <translation>Antivirus encontrado en el análisis</translation>
    </message>
    <message>
        <source>What you marked as saved, or not needed</source>
        <translation>Lo que marcó como guardado, o que no hace falta</translation>
    </message>
    <message>
        <source>Nothing was marked.</source>
        <translation>No se marcó nada.</translation>
    </message>
</context>
</TS>
