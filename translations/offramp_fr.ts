<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Offramp</source>
        <translation>À propos d’Offramp</translation>
    </message>
    <message>
        <source>Offramp %1

Offramp is free software: you may use it, share it and change it under the GNU General Public License, version 3 or later. It comes with no warranty.

It contains software made by others, each under its own licence. Their notices and the full licence texts follow, in English as they were written.</source>
        <translation>Offramp %1

Offramp est un logiciel libre&#xa0;: vous pouvez l’utiliser, le partager et le modifier selon la licence publique générale GNU, version 3 ou ultérieure. Il est fourni sans aucune garantie.

Il contient des logiciels créés par d’autres, chacun sous sa propre licence. Leurs avis et les textes complets des licences suivent, en anglais, tels qu’ils ont été rédigés.</translation>
    </message>
    <message>
        <source>Licences of Offramp and of the software it contains</source>
        <translation>Licences d’Offramp et des logiciels qu’il contient</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>Check this computer</source>
        <translation>Vérifiez cet ordinateur</translation>
    </message>
    <message>
        <source>Offramp looks again, and tells you what should protect this computer now.</source>
        <translation>Offramp vérifie de nouveau et vous indique ce qui devrait maintenant protéger cet ordinateur.</translation>
    </message>
    <message>
        <source> (still installed)</source>
        <translation> (toujours installé)</translation>
    </message>
    <message>
        <source> (leftovers)</source>
        <translation> (résidus)</translation>
    </message>
    <message>
        <source>Looking again…</source>
        <translation>Nouvelle vérification…</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Your new protection: %1.&lt;/b&gt; It comes with your system and takes over once Kaspersky is gone. Open your system&apos;s security settings to check that it is turned on.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Votre nouvelle protection&#xa0;: %1.&lt;/b&gt; Elle est fournie avec votre système et prend le relais dès que Kaspersky n&apos;est plus là. Ouvrez les paramètres de sécurité de votre système pour vérifier qu&apos;elle est activée.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Your new protection: %1.&lt;/b&gt; Install it from &lt;a href=&quot;%2&quot;&gt;its official website&lt;/a&gt;, then check that it is turned on. Until then, keep the protection that comes with your system turned on.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Votre nouvelle protection&#xa0;: %1.&lt;/b&gt; Installez-la depuis &lt;a href=&quot;%2&quot;&gt;son site web officiel&lt;/a&gt;, puis vérifiez qu&apos;elle est activée. D&apos;ici là, laissez activée la protection fournie avec votre système.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Make sure that some protection is turned on: the one that comes with your system is a good start.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Assurez-vous qu&apos;une protection est activée&#xa0;: celle fournie avec votre système est un bon début.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No Kaspersky product is left on %1.</source>
        <translation>Il ne reste aucun produit Kaspersky sur %1.</translation>
    </message>
    <message>
        <source>Still found on %1:
• %2
Leftovers are harmless files and settings; an installed product still needs removing.</source>
        <translation>Encore présent sur %1&#xa0;:
• %2
Les résidus sont des fichiers et des réglages sans danger&#xa0;; un produit installé doit encore être supprimé.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Windows Security Center lists no antivirus product at the moment: turn Microsoft Defender on, or install your new protection now.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Le Centre de sécurité Windows n&apos;indique aucun antivirus pour le moment&#xa0;: activez Microsoft Defender, ou installez dès maintenant votre nouvelle protection.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Windows Security Center lists: %1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Le Centre de sécurité Windows indique&#xa0;: %1.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Antivirus installed on %1:&lt;/b&gt; %2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Antivirus installé sur %1&#xa0;:&lt;/b&gt; %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Offramp finds none of the antivirus products it can recognise installed on %1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Offramp ne trouve, installé sur %1, aucun des antivirus qu&apos;il sait reconnaître.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Your new protection: %1.&lt;/b&gt; It is installed; check that it is turned on and keeps itself up to date.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Votre nouvelle protection&#xa0;: %1.&lt;/b&gt; Elle est installée&#xa0;; vérifiez qu&apos;elle est activée et qu&apos;elle se tient à jour.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Check that it is turned on and keeps itself up to date.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Vérifiez qu&apos;il est activé et qu&apos;il se tient à jour.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Make sure that some protection is installed and turned on.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Assurez-vous qu&apos;une protection est installée et activée.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Your protection: %1.&lt;/b&gt; It was already installed and you keep it; check that it is turned on and keeps itself up to date.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Votre protection&#xa0;: %1.&lt;/b&gt; Elle était déjà installée et vous la gardez&#xa0;; vérifiez qu&apos;elle est activée et qu&apos;elle se tient à jour.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Your new protection: %1.&lt;/b&gt; It comes with your system and takes over once %2 is removed. Remove %2 with its own uninstaller, and cancel its subscription if you pay for one.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Votre nouvelle protection&#xa0;: %1.&lt;/b&gt; Elle est fournie avec votre système et prend le relais une fois %2 supprimé. Supprimez %2 avec son propre programme de désinstallation, et résiliez son abonnement si vous en payez un.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Your new protection: %1.&lt;/b&gt; Before you install it from &lt;a href=&quot;%3&quot;&gt;its official website&lt;/a&gt;, remove %2 with its own uninstaller, and cancel its subscription if you pay for one.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Votre nouvelle protection&#xa0;: %1.&lt;/b&gt; Avant de l&apos;installer depuis &lt;a href=&quot;%3&quot;&gt;son site web officiel&lt;/a&gt;, supprimez %2 avec son propre programme de désinstallation, et résiliez son abonnement si vous en payez un.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Offramp finds no Kaspersky product on %1.</source>
        <translation>Offramp ne trouve aucun produit Kaspersky sur %1.</translation>
    </message>
    <message>
        <source>%1 (what Offramp saw: %2)</source>
        <translation>%1 (ce qu&apos;Offramp a vu&#xa0;: %2)</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Your new protection: %1.&lt;/b&gt; It comes with macOS and works in the background once Kaspersky is gone; Apple updates it automatically. There is nothing to install or turn on.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Votre nouvelle protection&#xa0;: %1.&lt;/b&gt; Elle est fournie avec macOS et fonctionne en arrière-plan dès que Kaspersky n&apos;est plus là&#xa0;; Apple la met à jour automatiquement. Il n&apos;y a rien à installer ni à activer.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>On a real computer, a restart would now finish the removal.</source>
        <translation>Sur un vrai ordinateur, un redémarrage terminerait maintenant la suppression.</translation>
    </message>
    <message>
        <source>Restart the computer to finish the removal.</source>
        <translation>Redémarrez l&apos;ordinateur pour terminer la suppression.</translation>
    </message>
</context>
<context>
    <name>ChoiceAdvice</name>
    <message>
        <source>For most home computers, the protection that comes with Windows is enough; some of the others add more, such as a VPN or a password manager.</source>
        <translation>Pour la plupart des ordinateurs personnels, la protection fournie avec Windows suffit&#xa0;; certaines des autres en offrent davantage, comme un VPN ou un gestionnaire de mots de passe.</translation>
    </message>
    <message>
        <source>The protection that comes with macOS works in the background, with nothing to install; some of the others add more, such as a VPN or a password manager.</source>
        <translation>La protection fournie avec macOS fonctionne en arrière-plan, sans rien à installer&#xa0;; certaines des autres en offrent davantage, comme un VPN ou un gestionnaire de mots de passe.</translation>
    </message>
    <message>
        <source>None of these comes with Linux itself: each one is installed separately.</source>
        <translation>Aucune de ces protections n&apos;est fournie avec Linux lui-même&#xa0;: chacune s&apos;installe séparément.</translation>
    </message>
    <message>
        <source>The others follow in alphabetical order, tools used by typing commands last; Offramp earns nothing from any of them.</source>
        <translation>Les autres suivent par ordre alphabétique, les outils qui s&apos;utilisent en tapant des commandes en dernier&#xa0;; Offramp ne gagne rien avec aucune d&apos;entre elles.</translation>
    </message>
    <message>
        <source>They are listed in alphabetical order, tools used by typing commands last; Offramp earns nothing from any of them.</source>
        <translation>Elles sont présentées par ordre alphabétique, les outils qui s&apos;utilisent en tapant des commandes en dernier&#xa0;; Offramp ne gagne rien avec aucune d&apos;entre elles.</translation>
    </message>
</context>
<context>
    <name>ChoosePage</name>
    <message>
        <source>Free</source>
        <translation>Gratuit</translation>
    </message>
    <message>
        <source>Free version and paid versions</source>
        <translation>Version gratuite et versions payantes</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payant</translation>
    </message>
    <message>
        <source>Price not confirmed</source>
        <translation>Prix non confirmé</translation>
    </message>
    <message>
        <source>Open the official &amp;website</source>
        <translation>Ouvrir le &amp;site web officiel</translation>
    </message>
    <message>
        <source>Choose your new protection</source>
        <translation>Choisissez votre nouvelle protection</translation>
    </message>
    <message>
        <source>Protection products</source>
        <translation>Produits de protection</translation>
    </message>
    <message>
        <source>Open the official website of the chosen product</source>
        <translation>Ouvrir le site web officiel du produit choisi</translation>
    </message>
    <message>
        <source>No product is listed for this system.</source>
        <translation>Aucun produit n&apos;est répertorié pour ce système.</translation>
    </message>
    <message>
        <source>By %1 · %2</source>
        <translation>Par %1 · %2</translation>
    </message>
    <message>
        <source>Official website:</source>
        <translation>Site web officiel&#xa0;:</translation>
    </message>
    <message>
        <source>%1
(comes with your system)</source>
        <translation>%1
(fourni avec votre système)</translation>
    </message>
    <message>
        <source>Keep %1
(installed now)</source>
        <translation>Garder %1
(installé actuellement)</translation>
    </message>
    <message>
        <source>Choose your protection</source>
        <translation>Choisissez votre protection</translation>
    </message>
    <message>
        <source>%1
(used by typing commands)</source>
        <translation>%1
(s&apos;utilise en tapant des commandes)</translation>
    </message>
</context>
<context>
    <name>ErrorSentences</name>
    <message>
        <source>“%1” is not there: it may have been moved, renamed or deleted. Check that it is where Offramp looks for it, then try again.</source>
        <translation>«&#xa0;%1&#xa0;» est introuvable&#xa0;: il a peut-être été déplacé, renommé ou supprimé. Vérifiez qu&apos;il se trouve là où Offramp le cherche, puis réessayez.</translation>
    </message>
    <message>
        <source>“%1” is a folder or a link, not a file. Choose the file itself, then try again.</source>
        <translation>«&#xa0;%1&#xa0;» est un dossier ou un lien, pas un fichier. Choisissez le fichier lui-même, puis réessayez.</translation>
    </message>
    <message>
        <source>“%1” already exists, and Offramp never writes over a file. Choose another name, or move the existing file away, then try again.</source>
        <translation>«&#xa0;%1&#xa0;» existe déjà, et Offramp n&apos;écrase jamais un fichier. Choisissez un autre nom, ou déplacez le fichier existant, puis réessayez.</translation>
    </message>
    <message>
        <source>This computer does not let Offramp use “%1”. Make sure your account may use it, or choose another place, then try again.</source>
        <translation>Cet ordinateur ne permet pas à Offramp d&apos;utiliser «&#xa0;%1&#xa0;». Vérifiez que votre compte en a le droit, ou choisissez un autre emplacement, puis réessayez.</translation>
    </message>
    <message>
        <source>The disk that holds “%1” is full. Free some space there, or choose a place on another disk, then try again.</source>
        <translation>Le disque qui contient «&#xa0;%1&#xa0;» est plein. Libérez de l&apos;espace sur ce disque, ou choisissez un emplacement sur un autre disque, puis réessayez.</translation>
    </message>
    <message>
        <source>The path “%1” is longer than this system allows. Choose a place with a shorter path, then try again.</source>
        <translation>Le chemin «&#xa0;%1&#xa0;» est plus long que ce que ce système permet. Choisissez un emplacement au chemin plus court, puis réessayez.</translation>
    </message>
    <message>
        <source>Another program is using “%1” right now. Wait until it has finished, or close it, then try again.</source>
        <translation>Un autre programme utilise «&#xa0;%1&#xa0;» en ce moment. Attendez qu&apos;il ait terminé, ou fermez-le, puis réessayez.</translation>
    </message>
    <message>
        <source>“%1” could not be read: another program may be holding it, or the disk may be failing. Try again; if it keeps failing, ask someone to check the disk.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas pu être lu&#xa0;: un autre programme le retient peut-être, ou le disque est peut-être défaillant. Réessayez&#xa0;; si cela échoue encore, demandez à quelqu&apos;un de vérifier le disque.</translation>
    </message>
    <message>
        <source>“%1” is damaged: what it holds is not what it should be, so Offramp cannot rely on it. Offramp has not changed it. Ask someone who knows the computer to look at it.</source>
        <translation>«&#xa0;%1&#xa0;» est endommagé&#xa0;: son contenu n&apos;est pas ce qu&apos;il devrait être, donc Offramp ne peut pas s&apos;y fier. Offramp ne l&apos;a pas modifié. Demandez à une personne qui connaît l&apos;ordinateur de l&apos;examiner.</translation>
    </message>
    <message>
        <source>“%1” is not text that Offramp can read: it may have been saved in another form, or be another kind of file. Choose the original file.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un texte qu&apos;Offramp sait lire&#xa0;: il a peut-être été enregistré sous une autre forme, ou c&apos;est un autre type de fichier. Choisissez le fichier d&apos;origine.</translation>
    </message>
    <message>
        <source>“%1” is in a form Offramp cannot read.</source>
        <translation>«&#xa0;%1&#xa0;» est dans une forme qu&apos;Offramp ne sait pas lire.</translation>
    </message>
    <message>
        <source>Something Offramp needs is not there: it may have been moved, renamed or deleted.</source>
        <translation>Un élément dont Offramp a besoin est introuvable&#xa0;: il a peut-être été déplacé, renommé ou supprimé.</translation>
    </message>
    <message>
        <source>A folder or a link is where Offramp expected a file.</source>
        <translation>Un dossier ou un lien se trouve là où Offramp attendait un fichier.</translation>
    </message>
    <message>
        <source>The name is already taken, and Offramp never writes over a file. Choose another name.</source>
        <translation>Ce nom est déjà pris, et Offramp n&apos;écrase jamais un fichier. Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>This computer does not let Offramp do this. Make sure your account may, then try again.</source>
        <translation>Cet ordinateur ne permet pas à Offramp de le faire. Vérifiez que votre compte en a le droit, puis réessayez.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space, then try again.</source>
        <translation>Le disque est plein. Libérez de l&apos;espace, puis réessayez.</translation>
    </message>
    <message>
        <source>A path is longer than this system allows. Choose a place with a shorter path.</source>
        <translation>Un chemin est plus long que ce que ce système permet. Choisissez un emplacement au chemin plus court.</translation>
    </message>
    <message>
        <source>Another program is working on it right now. Wait until it has finished, then try again.</source>
        <translation>Un autre programme y travaille en ce moment. Attendez qu&apos;il ait terminé, puis réessayez.</translation>
    </message>
    <message>
        <source>A file could not be read: another program may be holding it, or the disk may be failing. Try again; if it keeps failing, ask someone to check the disk.</source>
        <translation>Un fichier n&apos;a pas pu être lu&#xa0;: un autre programme le retient peut-être, ou le disque est peut-être défaillant. Réessayez&#xa0;; si cela échoue encore, demandez à quelqu&apos;un de vérifier le disque.</translation>
    </message>
    <message>
        <source>A file Offramp needs is damaged, so Offramp cannot rely on it. Offramp has not changed it.</source>
        <translation>Un fichier dont Offramp a besoin est endommagé, donc Offramp ne peut pas s&apos;y fier. Offramp ne l&apos;a pas modifié.</translation>
    </message>
    <message>
        <source>A file is not text that Offramp can read.</source>
        <translation>Un fichier n&apos;est pas un texte qu&apos;Offramp sait lire.</translation>
    </message>
    <message>
        <source>Offramp cannot do this on this kind of computer or with this kind of file.</source>
        <translation>Offramp ne peut pas faire cela sur ce type d&apos;ordinateur ou avec ce type de fichier.</translation>
    </message>
    <message>
        <source>Offramp was asked for something that is not valid. This is a fault in Offramp; please report it.</source>
        <translation>On a demandé à Offramp quelque chose qui n&apos;est pas valide. C&apos;est une erreur d&apos;Offramp&#xa0;; merci de la signaler.</translation>
    </message>
    <message>
        <source>Something went wrong that Offramp did not expect. Try again; if it happens again, show the details to someone who can help.</source>
        <translation>Un problème qu&apos;Offramp n&apos;attendait pas est survenu. Réessayez&#xa0;; si cela se reproduit, montrez les détails à quelqu&apos;un qui peut vous aider.</translation>
    </message>
    <message>
        <source>Details for a technician: %1</source>
        <translation>Détails pour un technicien (en anglais)&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>EvidenceText</name>
    <message>
        <source>package %1</source>
        <translation>paquet %1</translation>
    </message>
    <message>
        <source>configuration files of the removed package %1</source>
        <translation>fichiers de configuration du paquet supprimé %1</translation>
    </message>
    <message>
        <source>systemd unit %1</source>
        <translation>unité systemd %1</translation>
    </message>
    <message>
        <source>folder or file %1</source>
        <translation>dossier ou fichier %1</translation>
    </message>
    <message>
        <source>app %1</source>
        <translation>application %1</translation>
    </message>
    <message>
        <source>app %1 (%2)</source>
        <translation>application %1 (%2)</translation>
    </message>
    <message>
        <source>launchd job %1</source>
        <translation>tâche launchd %1</translation>
    </message>
    <message>
        <source>entry “%1” in the list of installed programs</source>
        <translation>entrée «&#xa0;%1&#xa0;» dans la liste des programmes installés</translation>
    </message>
    <message>
        <source>registry key %1</source>
        <translation>clé de registre %1</translation>
    </message>
    <message>
        <source>service %1</source>
        <translation>service %1</translation>
    </message>
    <message>
        <source>driver %1</source>
        <translation>pilote %1</translation>
    </message>
    <message>
        <source>entry “%1” (version %2) in the list of installed programs</source>
        <translation>entrée «&#xa0;%1&#xa0;» (version %2) dans la liste des programmes installés</translation>
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
        <translation>Analyse</translation>
    </message>
    <message>
        <source>Rules</source>
        <comment>step</comment>
        <translation>Règles</translation>
    </message>
    <message>
        <source>Save</source>
        <comment>step</comment>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <source>Choose</source>
        <comment>step</comment>
        <translation>Choix</translation>
    </message>
    <message>
        <source>Remove</source>
        <comment>step</comment>
        <translation>Suppression</translation>
    </message>
    <message>
        <source>Check</source>
        <comment>step</comment>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>step</comment>
        <translation>Terminé</translation>
    </message>
</context>
<context>
    <name>PasswordHandover</name>
    <message>
        <source>Websites</source>
        <translation>Sites web</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Applications</translation>
    </message>
    <message>
        <source>Other accounts</source>
        <translation>Autres comptes</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1&#xa0;: %2 sur %3</translation>
    </message>
    <message>
        <source>Hand your passwords over to another password manager</source>
        <translation>Transférez vos mots de passe vers un autre gestionnaire</translation>
    </message>
    <message>
        <source>C&amp;onvert</source>
        <translation>C&amp;onvertir</translation>
    </message>
    <message>
        <source>Convert the export into the password manager&apos;s CSV file</source>
        <translation>Convertir le fichier exporté en fichier CSV pour le gestionnaire de mots de passe</translation>
    </message>
    <message>
        <source>I have imported my passwords and checked them</source>
        <translation>J&apos;ai importé mes mots de passe et je les ai vérifiés</translation>
    </message>
    <message>
        <source>&amp;Delete the export and the CSV securely…</source>
        <translation>&amp;Effacer de façon sécurisée le fichier exporté et le CSV…</translation>
    </message>
    <message>
        <source>Delete the password export and the CSV file securely</source>
        <translation>Effacer de façon sécurisée le fichier de mots de passe exporté et le fichier CSV</translation>
    </message>
    <message>
        <source>In Kaspersky Password Manager, use Export to text file (Settings → Import/Export) and save the file on this computer. That file holds your passwords unencrypted. Offramp turns it into the CSV file another password manager imports; nothing is sent anywhere.</source>
        <translation>Dans Kaspersky Password Manager, ouvrez les Paramètres, allez dans la section d&apos;import et d&apos;export et utilisez l&apos;export vers un fichier texte (dans la version anglaise&#xa0;: Settings → Import/Export → Export to text file). Enregistrez le fichier sur cet ordinateur. Ce fichier contient vos mots de passe non chiffrés. Offramp le transforme en fichier CSV qu&apos;un autre gestionnaire de mots de passe peut importer&#xa0;; rien n&apos;est envoyé nulle part.</translation>
    </message>
    <message>
        <source>Kaspersky Password Manager text export</source>
        <translation>Fichier texte exporté de Kaspersky Password Manager</translation>
    </message>
    <message>
        <source>The exported text file</source>
        <translation>Le fichier texte exporté</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>Choose Kaspersky Password Manager&apos;s text export</source>
        <translation>Choisir le fichier texte exporté de Kaspersky Password Manager</translation>
    </message>
    <message>
        <source>Password manager to move to</source>
        <translation>Gestionnaire de mots de passe de destination</translation>
    </message>
    <message>
        <source>Where to save the CSV file</source>
        <translation>Où enregistrer le fichier CSV</translation>
    </message>
    <message>
        <source>Choose &amp;where…</source>
        <translation>Choisir l&apos;e&amp;mplacement…</translation>
    </message>
    <message>
        <source>Choose where to save the CSV file</source>
        <translation>Choisir où enregistrer le fichier CSV</translation>
    </message>
    <message>
        <source>&amp;Export file:</source>
        <translation>Fichier e&amp;xporté&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Move to:</source>
        <translation>&amp;Transférer vers&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Save the CSV as:</source>
        <translation>Enregistrer le CSV &amp;sous&#xa0;:</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Fichiers texte (*.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Save the CSV file as</source>
        <translation>Enregistrer le fichier CSV sous</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Choose the text file that Kaspersky Password Manager exported.</source>
        <translation>Choisissez le fichier texte exporté par Kaspersky Password Manager.</translation>
    </message>
    <message>
        <source>Offramp cannot read that file: %1</source>
        <translation>Offramp ne peut pas lire ce fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 is not a Kaspersky Password Manager text export that Offramp can read. The problem is on line %2: %3. Make sure you chose the file made with Export to text file, not the encrypted backup.</source>
        <translation>%1 n&apos;est pas un fichier texte exporté de Kaspersky Password Manager qu&apos;Offramp sait lire. Le problème se trouve à la ligne %2&#xa0;: %3. Vérifiez que vous avez choisi le fichier créé avec l&apos;export vers un fichier texte (Export to text file), et non la sauvegarde chiffrée.</translation>
    </message>
    <message>
        <source>%1 holds no entries. Is it Kaspersky Password Manager&apos;s text export (Export to text file)?</source>
        <translation>%1 ne contient aucune entrée. Est-ce bien le fichier texte exporté de Kaspersky Password Manager (Export to text file)&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>The export holds %n entries.</source>
        <translation>
            <numerusform>Le fichier exporté contient %n entrée.</numerusform>
            <numerusform>Le fichier exporté contient %n entrées.</numerusform>
        </translation>
    </message>
    <message>
        <source>It is an old export without section titles, so every entry is read as a website.</source>
        <translation>C&apos;est une ancienne exportation sans titres de section&#xa0;: chaque entrée est donc lue comme un site web.</translation>
    </message>
    <message>
        <source>Nothing was converted: see above.</source>
        <translation>Rien n&apos;a été converti&#xa0;: voir ci-dessus.</translation>
    </message>
    <message>
        <source>Choose where to save the CSV file.</source>
        <translation>Choisissez où enregistrer le fichier CSV.</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n entries can be held by %1&apos;s CSV file, so nothing was written.</source>
        <translation>
            <numerusform>Le fichier CSV de %1 ne peut contenir aucune entrée (%n au total)&#xa0;; rien n&apos;a donc été écrit.</numerusform>
            <numerusform>Le fichier CSV de %1 ne peut contenir aucune des %n entrées&#xa0;; rien n&apos;a donc été écrit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was written: %1. Offramp never overwrites a file; choose another name, or move the existing file away.</source>
        <translation>Rien n&apos;a été écrit&#xa0;: %1. Offramp n&apos;écrase jamais un fichier&#xa0;; choisissez un autre nom, ou déplacez ailleurs le fichier existant.</translation>
    </message>
    <message>
        <source>Nothing was written: %1. Choose another folder and try again.</source>
        <translation>Rien n&apos;a été écrit&#xa0;: %1. Choisissez un autre dossier et réessayez.</translation>
    </message>
    <message numerus="yes">
        <source>Written for %1: %n entries.</source>
        <translation>
            <numerusform>Écrit pour %1&#xa0;: %n entrée.</numerusform>
            <numerusform>Écrit pour %1&#xa0;: %n entrées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n entries, readable by you only)</source>
        <translation>
            <numerusform>%1 (%n entrée, lisible uniquement par vous)</numerusform>
            <numerusform>%1 (%n entrées, lisible uniquement par vous)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 takes at most %2 rows per file, so the entries are split over %n files: import each of them.</source>
        <translation>
            <numerusform>%1 accepte au maximum %2 lignes par fichier&#xa0;; les entrées sont donc réparties sur %n fichier&#xa0;: importez-le.</numerusform>
            <numerusform>%1 accepte au maximum %2 lignes par fichier&#xa0;; les entrées sont donc réparties sur %n fichiers&#xa0;: importez chacun d&apos;eux.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries cannot be held by %1&apos;s CSV file and were left out; add them there by hand:</source>
        <translation>
            <numerusform>%n entrée ne peut pas figurer dans le fichier CSV de %1 et a été laissée de côté&#xa0;; ajoutez-la à la main dans %1&#xa0;:</numerusform>
            <numerusform>%n entrées ne peuvent pas figurer dans le fichier CSV de %1 et ont été laissées de côté&#xa0;; ajoutez-les à la main dans %1&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>  line %1, %2 “%3”: %4</source>
        <translation>  ligne %1, %2 «&#xa0;%3&#xa0;»&#xa0;: %4</translation>
    </message>
    <message>
        <source>These files, like the export, hold your passwords in plain text. Once the import has worked, delete them below.</source>
        <translation>Ces fichiers, comme le fichier exporté, contiennent vos mots de passe en clair. Une fois l&apos;importation réussie, effacez-les ci-dessous.</translation>
    </message>
    <message>
        <source>To import into 1Password: use 1Password&apos;s import of a CSV file and pick the file above.</source>
        <translation>Pour importer dans 1Password&#xa0;: utilisez l&apos;importation de fichier CSV de 1Password et sélectionnez le fichier ci-dessus.</translation>
    </message>
    <message>
        <source>Then open a few entries there and check that the user names and passwords are right.</source>
        <translation>Ouvrez-y ensuite quelques entrées et vérifiez que les noms d&apos;utilisateur et les mots de passe sont corrects.</translation>
    </message>
    <message>
        <source>Delete these files for good?</source>
        <translation>Effacer définitivement ces fichiers&#xa0;?</translation>
    </message>
    <message>
        <source>Offramp overwrites these files and then deletes them; they cannot be recovered:</source>
        <translation>Offramp écrase ces fichiers puis les efface&#xa0;; ils ne pourront pas être récupérés&#xa0;:</translation>
    </message>
    <message>
        <source>Do this only once your passwords are in the new password manager. Nothing else is touched. On solid-state drives and in backups, traces of the old contents may remain.</source>
        <translation>Ne le faites qu&apos;une fois vos mots de passe présents dans le nouveau gestionnaire de mots de passe. Rien d&apos;autre n&apos;est touché. Sur les disques SSD et dans les sauvegardes, des traces de l&apos;ancien contenu peuvent subsister.</translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>Effacer définitivement</translation>
    </message>
    <message>
        <source>Keep the files</source>
        <translation>Garder les fichiers</translation>
    </message>
    <message>
        <source>Deleted: %1</source>
        <translation>Effacé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Already gone: %1</source>
        <translation>Déjà absent&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>Non effacé&#xa0;: %1</translation>
    </message>
    <message>
        <source>To import into Bitwarden: use Bitwarden&apos;s import, choose Bitwarden&apos;s own CSV format and pick the file above.</source>
        <translation>Pour importer dans Bitwarden&#xa0;: utilisez l&apos;importation de Bitwarden, choisissez le format CSV propre à Bitwarden et sélectionnez le fichier ci-dessus.</translation>
    </message>
    <message>
        <source>To import into KeePassXC: use its CSV import, pick the file above, and confirm that the first row holds the field names.</source>
        <translation>Pour importer dans KeePassXC&#xa0;: utilisez son importation CSV, sélectionnez le fichier ci-dessus et confirmez que la première ligne contient les noms des champs.</translation>
    </message>
    <message>
        <source>To import into Google Password Manager: use its import of passwords and pick the file above. Google takes at most 3,000 rows per file.</source>
        <translation>Pour importer dans le Gestionnaire de mots de passe de Google&#xa0;: utilisez son importation de mots de passe et sélectionnez le fichier ci-dessus. Google accepte au maximum 3&#xa0;000 lignes par fichier.</translation>
    </message>
    <message>
        <source>a note: %1&apos;s CSV holds only passwords for websites</source>
        <translation>c&apos;est une note&#xa0;: le CSV de %1 ne contient que des mots de passe de sites web</translation>
    </message>
    <message>
        <source>the website address</source>
        <translation>l&apos;adresse du site web</translation>
    </message>
    <message>
        <source>a website address (it is not a website entry)</source>
        <translation>une adresse de site web (ce n&apos;est pas une entrée de site web)</translation>
    </message>
    <message>
        <source>the user name</source>
        <translation>le nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>the password</source>
        <translation>le mot de passe</translation>
    </message>
    <message>
        <source>it lacks %1, which %2 requires</source>
        <translation>il manque %1, que %2 exige</translation>
    </message>
    <message numerus="yes">
        <source>The login name (an alias of the account) is in the notes of %n entries: %1&apos;s CSV has no column for it.</source>
        <translation>
            <numerusform>Le nom de connexion (un alias du compte) figure dans les notes de %n entrée&#xa0;: le CSV de %1 n&apos;a pas de colonne pour cette information.</numerusform>
            <numerusform>Le nom de connexion (un alias du compte) figure dans les notes de %n entrées&#xa0;: le CSV de %1 n&apos;a pas de colonne pour cette information.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The Kaspersky section (Applications or Other accounts) is in the notes of %n entries: %1&apos;s CSV has no column for it.</source>
        <translation>
            <numerusform>La section Kaspersky (Applications ou Autres comptes) figure dans les notes de %n entrée&#xa0;: le CSV de %1 n&apos;a pas de colonne pour cette information.</numerusform>
            <numerusform>La section Kaspersky (Applications ou Autres comptes) figure dans les notes de %n entrées&#xa0;: le CSV de %1 n&apos;a pas de colonne pour cette information.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries from Notes became items with a title and notes only: %1&apos;s CSV has no note type.</source>
        <translation>
            <numerusform>%n entrée de Notes est devenue un élément avec seulement un titre et des notes&#xa0;: le CSV de %1 n&apos;a pas de type «&#xa0;note&#xa0;».</numerusform>
            <numerusform>%n entrées de Notes sont devenues des éléments avec seulement un titre et des notes&#xa0;: le CSV de %1 n&apos;a pas de type «&#xa0;note&#xa0;».</numerusform>
        </translation>
    </message>
    <message>
        <source>the file is UTF-16 or UTF-32 text, but the export is UTF-8; export it again from Kaspersky Password Manager rather than re-saving it in an editor</source>
        <translation>le fichier est un texte UTF-16 ou UTF-32, alors que l&apos;exportation est en UTF-8&#xa0;; exportez-le de nouveau depuis Kaspersky Password Manager au lieu de le réenregistrer dans un éditeur</translation>
    </message>
    <message>
        <source>the file holds binary data, so it is not the text export; the encrypted backup (.edb or .pdb) cannot be converted</source>
        <translation>le fichier contient des données binaires, ce n&apos;est donc pas le fichier texte exporté&#xa0;; la sauvegarde chiffrée (.edb ou .pdb) ne peut pas être convertie</translation>
    </message>
    <message>
        <source>the text is not UTF-8 (was it re-saved in another encoding?)</source>
        <translation>le texte n&apos;est pas en UTF-8 (a-t-il été réenregistré dans un autre encodage&#xa0;?)</translation>
    </message>
    <message>
        <source>a line that is not “Key: value” (not shown, since it may hold a secret)</source>
        <translation>une ligne qui n&apos;a pas la forme «&#xa0;Clé: valeur&#xa0;» (non affichée, car elle peut contenir un secret)</translation>
    </message>
    <message>
        <source>the file has no English section titles (Websites, Applications, Other Accounts, Notes); only exports made in English can be read for now</source>
        <translation>le fichier n&apos;a pas de titres de section en anglais (Websites, Applications, Other Accounts, Notes)&#xa0;; pour l&apos;instant, seules les exportations faites en anglais peuvent être lues</translation>
    </message>
    <message>
        <source>“%1” comes before any section title (Websites, Applications, Other Accounts, Notes)</source>
        <translation>«&#xa0;%1&#xa0;» apparaît avant tout titre de section (Websites, Applications, Other Accounts, Notes)</translation>
    </message>
    <message>
        <source>“%1” is not a key Offramp knows; only exports made in English can be read for now</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une clé connue d&apos;Offramp&#xa0;; pour l&apos;instant, seules les exportations faites en anglais peuvent être lues</translation>
    </message>
    <message>
        <source>“%1” appears twice in one entry</source>
        <translation>«&#xa0;%1&#xa0;» apparaît deux fois dans une même entrée</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Offramp cannot start</source>
        <translation>Offramp ne peut pas démarrer</translation>
    </message>
    <message>
        <source>Offramp’s built-in catalog is damaged. Please download Offramp again.</source>
        <translation>Le catalogue intégré à Offramp est endommagé. Veuillez télécharger Offramp à nouveau.</translation>
    </message>
</context>
<context>
    <name>RemovalTask</name>
    <message>
        <source>Offramp started its removal program the wrong way, so nothing was removed. This is a fault in Offramp: please report it, with the details below.</source>
        <translation>Offramp a mal lancé son programme de suppression, donc rien n&apos;a été supprimé. C&apos;est une erreur d&apos;Offramp&#xa0;: merci de la signaler, avec les détails ci-dessous.</translation>
    </message>
    <message>
        <source>The removal program could not read what it needs on this computer (a damaged database or file, or a folder that is missing), so nothing was removed. The details below say which; once that is mended, press Remove now again.</source>
        <translation>Le programme de suppression n&apos;a pas pu lire ce dont il a besoin sur cet ordinateur (une base de données ou un fichier endommagé, ou un dossier manquant), donc rien n&apos;a été supprimé. Les détails ci-dessous indiquent lequel&#xa0;; une fois le problème réglé, cliquez de nouveau sur Supprimer maintenant.</translation>
    </message>
    <message>
        <source>The removal program stopped before it began, so nothing was removed. Press Remove now to try again; if it stops again, show the details below to someone who can help.</source>
        <translation>Le programme de suppression s&apos;est arrêté avant de commencer, donc rien n&apos;a été supprimé. Cliquez sur Supprimer maintenant pour réessayer&#xa0;; s&apos;il s&apos;arrête de nouveau, montrez les détails ci-dessous à quelqu&apos;un qui peut vous aider.</translation>
    </message>
    <message>
        <source>The removal program stopped unexpectedly (exit code %1) before it wrote down what it did. Press Remove now to try again; if it stops again, show the details below to someone who can help.</source>
        <translation>Le programme de suppression s&apos;est arrêté de façon inattendue (code de sortie %1) avant de noter ce qu&apos;il a fait. Cliquez sur Supprimer maintenant pour réessayer&#xa0;; s&apos;il s&apos;arrête de nouveau, montrez les détails ci-dessous à quelqu&apos;un qui peut vous aider.</translation>
    </message>
    <message>
        <source>The removal program could not be started with administrator rights, so nothing was removed. Press Remove now to try again; the details below say what the system answered.</source>
        <translation>Le programme de suppression n&apos;a pas pu être lancé avec les droits d&apos;administrateur, donc rien n&apos;a été supprimé. Cliquez sur Supprimer maintenant pour réessayer&#xa0;; les détails ci-dessous indiquent ce que le système a répondu.</translation>
    </message>
    <message>
        <source>The removal program could not be started, so nothing was removed. Press Remove now to try again; the details below say what the system answered.</source>
        <translation>Le programme de suppression n&apos;a pas pu être lancé, donc rien n&apos;a été supprimé. Cliquez sur Supprimer maintenant pour réessayer&#xa0;; les détails ci-dessous indiquent ce que le système a répondu.</translation>
    </message>
    <message>
        <source>The removal could not start: %1</source>
        <translation>La suppression n&apos;a pas pu démarrer&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>RemovePage</name>
    <message>
        <source>I have saved what I need, and I want to remove these products</source>
        <translation>J&apos;ai sauvegardé ce dont j&apos;ai besoin et je veux supprimer ces produits</translation>
    </message>
    <message>
        <source>&amp;Remove now</source>
        <translation>&amp;Supprimer maintenant</translation>
    </message>
    <message>
        <source>Remove Kaspersky</source>
        <translation>Supprimez Kaspersky</translation>
    </message>
    <message>
        <source>Removal plan</source>
        <translation>Plan de suppression</translation>
    </message>
    <message>
        <source>Remove the listed products now</source>
        <translation>Supprimer maintenant les produits de la liste</translation>
    </message>
    <message>
        <source>Removal progress</source>
        <translation>Progression de la suppression</translation>
    </message>
    <message>
        <source>Nothing needs removing.</source>
        <translation>Il n&apos;y a rien à supprimer.</translation>
    </message>
    <message>
        <source>No banned product is installed, so there is nothing to remove.</source>
        <translation>Aucun produit interdit n&apos;est installé&#xa0;: il n&apos;y a donc rien à supprimer.</translation>
    </message>
    <message>
        <source>This is a demonstration: the removal is only simulated and nothing on this computer changes.</source>
        <translation>Ceci est une démonstration&#xa0;: la suppression est seulement simulée et rien ne change sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Remove the package %1 (%2)</source>
        <translation>Supprimer le paquet %1 (%2)</translation>
    </message>
    <message>
        <source>Run the uninstaller of %1</source>
        <translation>Lancer le programme de désinstallation de %1</translation>
    </message>
    <message>
        <source>Run the uninstaller of %1 for the account %2</source>
        <translation>Lancer le programme de désinstallation de %1 pour le compte %2</translation>
    </message>
    <message>
        <source>Run Kaspersky&apos;s own uninstall script for %1</source>
        <translation>Lancer le propre script de désinstallation de Kaspersky pour %1</translation>
    </message>
    <message>
        <source>Remove %1 with its own uninstaller: Offramp knows no safe way to do it</source>
        <translation>Supprimez %1 avec son propre programme de désinstallation&#xa0;: Offramp ne connaît pas de méthode sûre pour le faire</translation>
    </message>
    <message>
        <source>needs the Kaspersky administrator&apos;s user name and password, if one was set</source>
        <translation>nécessite le nom d&apos;utilisateur et le mot de passe de l&apos;administrateur Kaspersky, s&apos;ils ont été définis</translation>
    </message>
    <message>
        <source>needs the Network Agent&apos;s uninstall password, if one was set</source>
        <translation>nécessite le mot de passe de désinstallation de l&apos;Agent d&apos;administration, s&apos;il a été défini</translation>
    </message>
    <message>
        <source>asks for this computer&apos;s administrator password</source>
        <translation>demande le mot de passe administrateur de cet ordinateur</translation>
    </message>
    <message>
        <source>needs a restart to finish</source>
        <translation>nécessite un redémarrage pour se terminer</translation>
    </message>
    <message>
        <source>may ask to restart the computer</source>
        <translation>peut demander de redémarrer l&apos;ordinateur</translation>
    </message>
    <message>
        <source>removing…</source>
        <translation>suppression…</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>already gone</source>
        <translation>déjà absent</translation>
    </message>
    <message>
        <source>removed; restart to finish</source>
        <translation>supprimé&#xa0;; redémarrez pour terminer</translation>
    </message>
    <message>
        <source>did not work</source>
        <translation>n&apos;a pas fonctionné</translation>
    </message>
    <message>
        <source>left for you to remove</source>
        <translation>à supprimer par vous-même</translation>
    </message>
    <message>
        <source>%1 (simulated)</source>
        <translation>%1 (simulé)</translation>
    </message>
    <message>
        <source>Re&amp;start the computer now</source>
        <translation>Re&amp;démarrer l&apos;ordinateur maintenant</translation>
    </message>
    <message>
        <source>Restart the computer now to finish the removal</source>
        <translation>Redémarrer l&apos;ordinateur maintenant pour terminer la suppression</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Your documents and other files are never touched.</source>
        <translation>Vos documents et vos autres fichiers ne sont jamais touchés.</translation>
    </message>
    <message>
        <source>Offramp removes the products below, in this order, with their vendor&apos;s own uninstallers, and records every step so that it can always finish.</source>
        <translation>Offramp supprime les produits ci-dessous, dans cet ordre, avec les programmes de désinstallation de leur éditeur, et note chaque étape afin de toujours pouvoir aller jusqu&apos;au bout.</translation>
    </message>
    <message>
        <source>When you press Remove now, your system asks for the administrator password. The removal can take several minutes; do not turn the computer off.</source>
        <translation>Quand vous cliquerez sur Supprimer maintenant, votre système vous demandera le mot de passe administrateur. La suppression peut prendre plusieurs minutes&#xa0;; n&apos;éteignez pas l&apos;ordinateur.</translation>
    </message>
    <message>
        <source>Removing… Please wait and keep the computer on.</source>
        <translation>Suppression en cours… Veuillez patienter et laisser l&apos;ordinateur allumé.</translation>
    </message>
    <message>
        <source>Nothing was removed: the administrator password was not given. Press Remove now to try again.</source>
        <translation>Rien n&apos;a été supprimé&#xa0;: le mot de passe administrateur n&apos;a pas été saisi. Cliquez sur Supprimer maintenant pour réessayer.</translation>
    </message>
    <message>
        <source>The removal could not start: %1</source>
        <translation>La suppression n&apos;a pas pu démarrer&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Done (simulated): %n product(s) removed.</source>
        <translation>
            <numerusform>Terminé (simulation)&#xa0;: %n produit supprimé.</numerusform>
            <numerusform>Terminé (simulation)&#xa0;: %n produits supprimés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done: %n product(s) removed. The next page checks this computer again.</source>
        <translation>
            <numerusform>Terminé&#xa0;: %n produit supprimé. La page suivante vérifie de nouveau cet ordinateur.</numerusform>
            <numerusform>Terminé&#xa0;: %n produits supprimés. La page suivante vérifie de nouveau cet ordinateur.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done (simulated): %n product(s) removed. On a real computer, a restart would finish the removal.</source>
        <translation>
            <numerusform>Terminé (simulation)&#xa0;: %n produit supprimé. Sur un vrai ordinateur, un redémarrage terminerait la suppression.</numerusform>
            <numerusform>Terminé (simulation)&#xa0;: %n produits supprimés. Sur un vrai ordinateur, un redémarrage terminerait la suppression.</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed. Restart the computer to finish: Offramp opens again after the restart and checks that everything is gone.</source>
        <translation>Supprimé. Redémarrez l&apos;ordinateur pour terminer&#xa0;: Offramp se rouvre après le redémarrage et vérifie que tout a disparu.</translation>
    </message>
    <message>
        <source>Removed. Restart the computer to finish, then open Offramp again to check that everything is gone.</source>
        <translation>Supprimé. Redémarrez l&apos;ordinateur pour terminer, puis rouvrez Offramp pour vérifier que tout a disparu.</translation>
    </message>
    <message>
        <source>Offramp removed what it could. Remove the rest with its own uninstaller, then go on: the next page checks this computer again.</source>
        <translation>Offramp a supprimé ce qu&apos;il a pu. Supprimez le reste avec son propre programme de désinstallation, puis continuez&#xa0;: la page suivante vérifie de nouveau cet ordinateur.</translation>
    </message>
    <message>
        <source>The computer could not be restarted from here: restart it from the system menu.</source>
        <translation>L&apos;ordinateur n&apos;a pas pu être redémarré d&apos;ici&#xa0;: redémarrez-le depuis le menu du système.</translation>
    </message>
    <message>
        <source>It was interrupted.</source>
        <translation>Elle a été interrompue.</translation>
    </message>
    <message>
        <source>The removal did not finish. %1
Nothing was lost. Once that is dealt with, press Remove now to try again, or go on to check this computer.</source>
        <translation>La suppression n&apos;est pas allée jusqu&apos;au bout. %1
Rien n&apos;a été perdu. Une fois ce point réglé, cliquez sur Supprimer maintenant pour réessayer, ou continuez pour vérifier cet ordinateur.</translation>
    </message>
    <message>
        <source>Kaspersky administrator’s &amp;user name:</source>
        <translation>Nom d&apos;&amp;utilisateur de l&apos;administrateur Kaspersky&#xa0;:</translation>
    </message>
    <message>
        <source>Uninstall &amp;password:</source>
        <translation>Mot de &amp;passe de désinstallation&#xa0;:</translation>
    </message>
    <message>
        <source>Only if one was set when Kaspersky was installed (at work, ask whoever looks after the computers). Leave it empty otherwise. Offramp hands it to the uninstaller and keeps it nowhere.</source>
        <translation>Seulement s&apos;il a été défini lors de l&apos;installation de Kaspersky (au travail, demandez à la personne qui s&apos;occupe des ordinateurs). Sinon, laissez ce champ vide. Offramp le transmet au programme de désinstallation et ne le conserve nulle part.</translation>
    </message>
    <message>
        <source>When you press Remove now, Windows asks whether Offramp may make changes to this computer: choose Yes (it may ask for an administrator’s password). The removal can take several minutes; do not turn the computer off.</source>
        <translation>Quand vous cliquerez sur Supprimer maintenant, Windows vous demandera si Offramp peut apporter des modifications à cet ordinateur&#xa0;: choisissez Oui (il peut demander le mot de passe d&apos;un administrateur). La suppression peut prendre plusieurs minutes&#xa0;; n&apos;éteignez pas l&apos;ordinateur.</translation>
    </message>
    <message>
        <source>Nothing was removed, because the change was not allowed when Windows asked. Nothing is lost; press Remove now to try again when you are ready.</source>
        <translation>Rien n&apos;a été supprimé, car la modification n&apos;a pas été autorisée quand Windows l&apos;a demandé. Rien n&apos;est perdu&#xa0;; cliquez sur Supprimer maintenant pour réessayer quand vous le souhaitez.</translation>
    </message>
    <message>
        <source>An earlier removal was interrupted before it could finish. Press Remove now to finish it: Offramp starts where it stopped.</source>
        <translation>Une suppression précédente a été interrompue avant la fin. Cliquez sur Supprimer maintenant pour la terminer&#xa0;: Offramp reprend là où il s&apos;était arrêté.</translation>
    </message>
    <message numerus="yes">
        <source>at most %n minute(s)</source>
        <translation>
            <numerusform>au maximum %n minute</numerusform>
            <numerusform>au maximum %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>The uninstaller that Offramp started before is still running: waiting for it to finish (%1). Please keep the computer on.</source>
        <translation>Le programme de désinstallation lancé auparavant par Offramp est toujours en cours&#xa0;: attente de sa fin (%1). Veuillez laisser l&apos;ordinateur allumé.</translation>
    </message>
    <message>
        <source>The uninstaller that Offramp started before is still running: waiting for it to finish (%1 so far, %2). Please keep the computer on.</source>
        <translation>Le programme de désinstallation lancé auparavant par Offramp est toujours en cours&#xa0;: attente de sa fin (%1 jusqu&apos;ici, %2). Veuillez laisser l&apos;ordinateur allumé.</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>waiting for the uninstaller started before…</source>
        <translation>attente du programme de désinstallation lancé auparavant…</translation>
    </message>
    <message>
        <source>&amp;Go back and save my passwords</source>
        <translation>&amp;Revenir sauvegarder mes mots de passe</translation>
    </message>
    <message>
        <source>Go back to Save your data and save my passwords</source>
        <translation>Revenir à la page «&#xa0;Sauvegardez vos données&#xa0;» pour sauvegarder mes mots de passe</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your passwords are not saved.&lt;/b&gt; Removing Kaspersky Password Manager loses the passwords kept in it: no other program can open its vault. Go back to save them first.</source>
        <translation>&lt;b&gt;Vos mots de passe ne sont pas sauvegardés.&lt;/b&gt; Supprimer Kaspersky Password Manager fait perdre les mots de passe qu&apos;il conserve&#xa0;: aucun autre programme ne peut ouvrir son coffre-fort. Revenez en arrière pour les sauvegarder d&apos;abord.</translation>
    </message>
    <message>
        <source>Another removal is already running on this computer (in another Offramp window, or offramp-cli in a terminal), so this one did not start: nothing was changed and nothing is lost. Wait until it has finished, then press Remove now again.</source>
        <translation>Une autre suppression est déjà en cours sur cet ordinateur (dans une autre fenêtre d&apos;Offramp, ou offramp-cli dans un terminal)&#xa0;; celle-ci n&apos;a donc pas démarré&#xa0;: rien n&apos;a été modifié et rien n&apos;est perdu. Attendez qu&apos;elle soit terminée, puis cliquez de nouveau sur Supprimer maintenant.</translation>
    </message>
    <message>
        <source>The file at the place of the removal’s record, “%1”, was not a record Offramp can read. Offramp did not write over it: it is kept, unchanged, as “%2”, and a new record was started. Nothing was lost.</source>
        <translation>Le fichier qui se trouvait à la place du journal de la suppression, «&#xa0;%1&#xa0;», n&apos;était pas un journal qu&apos;Offramp sait lire. Offramp ne l&apos;a pas écrasé&#xa0;: il est conservé, inchangé, sous le nom «&#xa0;%2&#xa0;», et un nouveau journal a été commencé. Rien n&apos;est perdu.</translation>
    </message>
    <message>
        <source>What is not banned is not removed: %1. To remove one anyway, use its own uninstaller.</source>
        <translation>Ce qui n&apos;est pas interdit n&apos;est pas supprimé&#xa0;: %1. Pour en supprimer un quand même, utilisez son propre programme de désinstallation.</translation>
    </message>
    <message>
        <source>Left alone, because only leftovers remain: %1. Offramp never deletes files, drivers or registry keys by hand; the next page lists what remains.</source>
        <translation>Laissés en place, car il n&apos;en reste que des résidus&#xa0;: %1. Offramp n&apos;efface jamais manuellement de fichiers, de pilotes ni de clés de registre&#xa0;; la page suivante indique ce qui reste.</translation>
    </message>
</context>
<context>
    <name>RescueSection</name>
    <message>
        <source>Save a copy of these files</source>
        <translation>Sauvegarder une copie de ces fichiers</translation>
    </message>
    <message>
        <source>Choose a &amp;folder…</source>
        <translation>Choisir un &amp;dossier…</translation>
    </message>
    <message>
        <source>Save a &amp;copy</source>
        <translation>Sauvegarder une &amp;copie</translation>
    </message>
    <message>
        <source>Cancel cop&amp;ying</source>
        <translation>&amp;Annuler la copie</translation>
    </message>
    <message>
        <source>Folder to save the copy in</source>
        <translation>Dossier où enregistrer la copie</translation>
    </message>
    <message>
        <source>A new or empty folder, on a USB drive if you can</source>
        <translation>Un dossier nouveau ou vide, sur une clé USB si possible</translation>
    </message>
    <message>
        <source>Choose the folder to save the copy in</source>
        <translation>Choisir le dossier où enregistrer la copie</translation>
    </message>
    <message>
        <source>Cancel copying</source>
        <translation>Annuler la copie</translation>
    </message>
    <message>
        <source>Copy progress</source>
        <translation>Progression de la copie</translation>
    </message>
    <message>
        <source>Save the copy &amp;in:</source>
        <translation>En&amp;registrer la copie dans&#xa0;:</translation>
    </message>
    <message>
        <source>Checking every copy against its original…</source>
        <translation>Comparaison de chaque copie avec son original…</translation>
    </message>
    <message>
        <source>Copying… %1</source>
        <translation>Copie en cours… %1</translation>
    </message>
    <message>
        <source>Offramp knows of no files to copy on this kind of computer: save what is listed above by hand.</source>
        <translation>Offramp ne connaît aucun fichier à copier sur ce type d&apos;ordinateur&#xa0;: sauvegardez vous-même ce qui est indiqué ci-dessus.</translation>
    </message>
    <message>
        <source>This is a demonstration computer: it has no real files, so nothing can be copied here. On a real computer, Offramp copies these files into a folder you choose and checks every copy: %1.</source>
        <translation>Ceci est un ordinateur de démonstration&#xa0;: il n&apos;a pas de vrais fichiers, donc rien ne peut être copié ici. Sur un vrai ordinateur, Offramp copie ces fichiers dans un dossier de votre choix et vérifie chaque copie&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Offramp can copy these files into a folder you choose, with a list of their checksums, and then check every copy: %1. The originals are only read.</source>
        <translation>Offramp peut copier ces fichiers dans un dossier de votre choix, avec la liste de leurs sommes de contrôle, puis vérifier chaque copie&#xa0;: %1. Les originaux sont seulement lus.</translation>
    </message>
    <message>
        <source>Choose where to save the copy</source>
        <translation>Choisir où enregistrer la copie</translation>
    </message>
    <message>
        <source>Kaspersky rescue %1</source>
        <translation>Sauvegarde Kaspersky %1</translation>
    </message>
    <message>
        <source>Looking for the files…</source>
        <translation>Recherche des fichiers…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt en cours…</translation>
    </message>
    <message>
        <source>Stopped. The originals are untouched. %1 holds the copies made so far, but it is not a finished copy: press Save a copy again with the same folder to finish it.</source>
        <translation>Arrêté. Les originaux sont intacts. %1 contient les copies faites jusqu&apos;ici, mais la copie n&apos;est pas terminée&#xa0;: cliquez de nouveau sur Sauvegarder une copie avec le même dossier pour la terminer.</translation>
    </message>
    <message>
        <source>Offramp found none of these files on this computer, so there was nothing to copy. %1 holds the record of the products found.</source>
        <translation>Offramp n&apos;a trouvé aucun de ces fichiers sur cet ordinateur&#xa0;: il n&apos;y avait donc rien à copier. %1 contient le relevé des produits trouvés.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) saved in %1 (%2) and checked: every copy matches its original.</source>
        <translation>
            <numerusform>%n fichier sauvegardé dans %1 (%2) et vérifié&#xa0;: la copie est identique à l&apos;original.</numerusform>
            <numerusform>%n fichiers sauvegardés dans %1 (%2) et vérifiés&#xa0;: chaque copie est identique à son original.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) saved in %1, but the check found copies that do not match. Press Save a copy again to copy them anew:</source>
        <translation>
            <numerusform>%n fichier sauvegardé dans %1, mais la vérification a trouvé des copies qui ne sont pas identiques. Cliquez de nouveau sur Sauvegarder une copie pour les recopier&#xa0;:</numerusform>
            <numerusform>%n fichiers sauvegardés dans %1, mais la vérification a trouvé des copies qui ne sont pas identiques. Cliquez de nouveau sur Sauvegarder une copie pour les recopier&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: %1.</source>
        <translation>Avertissement&#xa0;: %1.</translation>
    </message>
    <message>
        <source>These were not copied:</source>
        <translation>Ces éléments n&apos;ont pas été copiés&#xa0;:</translation>
    </message>
    <message>
        <source>the files Kaspersky products leave behind, in the places Offramp knows of</source>
        <translation>les fichiers que laissent les produits Kaspersky, aux emplacements connus d&apos;Offramp</translation>
    </message>
    <message>
        <source>%1; and what other Kaspersky products leave behind, in the places Offramp knows of</source>
        <translation>%1&#xa0;; et ce que laissent d&apos;autres produits Kaspersky, aux emplacements connus d&apos;Offramp</translation>
    </message>
</context>
<context>
    <name>RescueTask</name>
    <message>
        <source>The disk is full: %1. Nothing is lost: the originals are untouched and the copies already made are complete, but the copy is not finished. Free some space there, or choose a folder on a disk with more room (a USB drive, for example), then press Save a copy again: it carries on where it stopped.</source>
        <translation>Le disque est plein&#xa0;: %1. Rien n&apos;est perdu&#xa0;: les originaux sont intacts et les copies déjà faites sont complètes, mais la copie n&apos;est pas terminée. Libérez de l&apos;espace sur ce disque, ou choisissez un dossier sur un disque qui a plus de place (une clé USB, par exemple), puis cliquez de nouveau sur Sauvegarder une copie&#xa0;: elle reprendra là où elle s&apos;est arrêtée.</translation>
    </message>
    <message>
        <source>The copy could not be written: %1. The originals are untouched, but the copy is not finished. Make sure you may write to that folder, or choose another one, then press Save a copy again.</source>
        <translation>La copie n&apos;a pas pu être écrite&#xa0;: %1. Les originaux sont intacts, mais la copie n&apos;est pas terminée. Vérifiez que vous avez le droit d&apos;écrire dans ce dossier, ou choisissez-en un autre, puis cliquez de nouveau sur Sauvegarder une copie.</translation>
    </message>
    <message>
        <source>Nothing was copied: %1. Choose a new or empty folder.</source>
        <translation>Rien n&apos;a été copié&#xa0;: %1. Choisissez un dossier nouveau ou vide.</translation>
    </message>
    <message>
        <source>Nothing was copied: %1. That folder holds an earlier copy that cannot be read; move it away (it may hold copies you need) and choose a new folder.</source>
        <translation>Rien n&apos;a été copié&#xa0;: %1. Ce dossier contient une copie précédente illisible&#xa0;; déplacez-la ailleurs (elle peut contenir des copies dont vous avez besoin) et choisissez un nouveau dossier.</translation>
    </message>
    <message>
        <source>Nothing was copied: %1.</source>
        <translation>Rien n&apos;a été copié&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1 of %2 copied</source>
        <translation>%1 sur %2 copiés</translation>
    </message>
    <message>
        <source>%1: it is a link; Offramp copies only files themselves</source>
        <translation>%1&#xa0;: c&apos;est un lien&#xa0;; Offramp ne copie que les fichiers eux-mêmes</translation>
    </message>
    <message>
        <source>%1: it leads outside the computer&apos;s files</source>
        <translation>%1&#xa0;: il mène en dehors des fichiers de l&apos;ordinateur</translation>
    </message>
    <message>
        <source>%1: its name cannot be kept in the copy; copy it by hand</source>
        <translation>%1&#xa0;: son nom ne peut pas être conservé dans la copie&#xa0;; copiez-le vous-même</translation>
    </message>
    <message>
        <source>%1: the copy is missing</source>
        <translation>%1&#xa0;: la copie est absente</translation>
    </message>
    <message>
        <source>%1: the copy is not a file</source>
        <translation>%1&#xa0;: la copie n&apos;est pas un fichier</translation>
    </message>
    <message>
        <source>%1: the copy differs from the original (changed or damaged)</source>
        <translation>%1&#xa0;: la copie diffère de l&apos;original (modifiée ou endommagée)</translation>
    </message>
    <message>
        <source>the copy of %1 that an earlier rescue made is no longer in %2, and the original was not found this time</source>
        <translation>la copie de %1 faite lors d&apos;une sauvegarde précédente n&apos;est plus dans %2, et l&apos;original n&apos;a pas été trouvé cette fois-ci</translation>
    </message>
    <message>
        <source>The copy could not be made: %1 The originals are untouched.</source>
        <translation>La copie n&apos;a pas pu être faite&#xa0;: %1 Les originaux sont intacts.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1: the folder could not be read completely</source>
        <translation>%1&#xa0;: le dossier n&apos;a pas pu être lu entièrement</translation>
    </message>
    <message>
        <source>%1: it could not be read</source>
        <translation>%1&#xa0;: il n&apos;a pas pu être lu</translation>
    </message>
    <message>
        <source>%1: the copy could not be read</source>
        <translation>%1&#xa0;: la copie n&apos;a pas pu être lue</translation>
    </message>
</context>
<context>
    <name>RulesPage</name>
    <message>
        <source>What the rules say</source>
        <translation>Ce que disent les règles</translation>
    </message>
    <message>
        <source>The rules about Kaspersky where you live, and where each one stands today.</source>
        <translation>Les règles concernant Kaspersky là où vous vivez, et où en est chacune aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Pays&#xa0;:</translation>
    </message>
    <message>
        <source>Who it binds: %1</source>
        <translation>À qui elle s&apos;impose&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Sources&#xa0;:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Using Kaspersky is not a crime.&lt;/b&gt; None of these rules binds a person who uses it at home.</source>
        <translation>&lt;b&gt;Utiliser Kaspersky n&apos;est pas un délit.&lt;/b&gt; Aucune de ces règles ne s&apos;impose à une personne qui l&apos;utilise chez elle.</translation>
    </message>
    <message>
        <source>But since %1 it may no longer be sold or updated here, and without updates its protection falls further behind every day. Moving to another product is the safe choice.</source>
        <translation>Mais depuis le %1, il ne peut plus être vendu ni mis à jour ici, et sans mises à jour sa protection prend chaque jour un peu plus de retard. Passer à un autre produit est la solution sûre.</translation>
    </message>
    <message>
        <source>But it may no longer be sold here, and more of the ban takes effect on %1.</source>
        <translation>Mais il ne peut plus être vendu ici, et d&apos;autres volets de l&apos;interdiction entrent en vigueur le %1.</translation>
    </message>
    <message>
        <source>Here the rules bind governments and some organizations; for everyone else they are advice.</source>
        <translation>Ici, les règles s&apos;imposent aux gouvernements et à certaines organisations&#xa0;; pour tous les autres, ce sont des conseils.</translation>
    </message>
    <message>
        <source>My country is not listed</source>
        <translation>Mon pays n&apos;est pas dans la liste</translation>
    </message>
    <message>
        <source>&lt;b&gt;Offramp knows of no rule on Kaspersky in your country.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Offramp ne connaît aucune règle concernant Kaspersky dans votre pays.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Offramp knows of no rule on Kaspersky in %1.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Offramp ne connaît aucune règle concernant Kaspersky pour ce pays (%1).&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Nothing it knows of stops Kaspersky from being sold or updated there, or makes it an offence to keep using it. Whether to move to another product is your choice.</source>
        <translation>Rien de ce qu&apos;il connaît n&apos;empêche Kaspersky d&apos;y être vendu ou mis à jour, ni ne qualifie d&apos;infraction le fait de continuer à l&apos;utiliser. Passer ou non à un autre produit est votre choix.</translation>
    </message>
    <message>
        <source>US citizens living abroad are covered by the US ban wherever they are: Kaspersky may not sell to them or send them updates. To read it, choose “%1” above.</source>
        <translation>Les citoyens américains qui vivent à l&apos;étranger sont couverts par l&apos;interdiction américaine où qu&apos;ils se trouvent&#xa0;: Kaspersky ne peut rien leur vendre ni leur envoyer de mises à jour. Pour la consulter, choisissez «&#xa0;%1&#xa0;» ci-dessus.</translation>
    </message>
    <message>
        <source>But a ban here has been decided: it takes effect on %1.</source>
        <translation>Mais une interdiction a été décidée ici&#xa0;: elle entre en vigueur le %1.</translation>
    </message>
    <message>
        <source>What this means for you</source>
        <translation>Ce que cela signifie pour vous</translation>
    </message>
    <message numerus="yes">
        <source>Rules for governments and companies (%n)</source>
        <translation>
            <numerusform>Règles pour les gouvernements et les entreprises (%n)</numerusform>
            <numerusform>Règles pour les gouvernements et les entreprises (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Here there is only official advice, which binds no one; what it recommends is below.</source>
        <translation>Ici, il n&apos;y a que des recommandations officielles, qui n&apos;obligent personne&#xa0;; ce qu&apos;elles recommandent est expliqué ci-dessous.</translation>
    </message>
</context>
<context>
    <name>SaveDataPage</name>
    <message>
        <source>Save your data</source>
        <translation>Sauvegardez vos données</translation>
    </message>
    <message>
        <source>Removing Kaspersky deletes what it keeps. Save what you need first.</source>
        <translation>Supprimer Kaspersky efface ce qu&apos;il conserve. Sauvegardez d&apos;abord ce dont vous avez besoin.</translation>
    </message>
    <message>
        <source>Where it is:</source>
        <translation>Emplacement&#xa0;:</translation>
    </message>
    <message>
        <source>How to save it:</source>
        <translation>Comment sauvegarder&#xa0;:</translation>
    </message>
    <message>
        <source>If you skip this:</source>
        <translation>Si vous ne le faites pas&#xa0;:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source&#xa0;:</translation>
    </message>
    <message>
        <source>I have saved this, or I do not need it</source>
        <translation>Je l&apos;ai sauvegardé, ou je n&apos;en ai pas besoin</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Sauvegardé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing that Offramp knows of needs saving before removal.</source>
        <translation>À la connaissance d&apos;Offramp, rien n&apos;est à sauvegarder avant la suppression.</translation>
    </message>
    <message>
        <source>I have a &amp;Password Manager export</source>
        <translation>J&apos;ai un fichier exporté de &amp;Password Manager</translation>
    </message>
    <message>
        <source>I have a Kaspersky Password Manager export: show the password hand-over</source>
        <translation>J&apos;ai un fichier exporté de Kaspersky Password Manager&#xa0;: afficher le transfert des mots de passe</translation>
    </message>
    <message>
        <source>&lt;b&gt;Save your passwords first.&lt;/b&gt; Kaspersky Password Manager is on this computer. Once it is removed, the passwords kept in it are lost: no other program can open its vault. Save them now, with the steps below.</source>
        <translation>&lt;b&gt;Sauvegardez d&apos;abord vos mots de passe.&lt;/b&gt; Kaspersky Password Manager est présent sur cet ordinateur. Une fois qu&apos;il sera supprimé, les mots de passe qu&apos;il conserve seront perdus&#xa0;: aucun autre programme ne peut ouvrir son coffre-fort. Sauvegardez-les maintenant, en suivant les étapes ci-dessous.</translation>
    </message>
    <message>
        <source>Did you use Kaspersky Password Manager, on this computer or another one, and export your passwords to a text file? Offramp can turn that file into one your new password manager imports.</source>
        <translation>Avez-vous utilisé Kaspersky Password Manager, sur cet ordinateur ou sur un autre, et exporté vos mots de passe dans un fichier texte&#xa0;? Offramp peut transformer ce fichier en un fichier que votre nouveau gestionnaire de mots de passe pourra importer.</translation>
    </message>
    <message>
        <source>Saved, or not needed</source>
        <translation>Sauvegardé, ou pas nécessaire</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Pas encore sauvegardé</translation>
    </message>
    <message>
        <source>Kaspersky is not installed here any more. You can still save what it left behind.</source>
        <translation>Kaspersky n&apos;est plus installé ici. Vous pouvez encore sauvegarder ce qu&apos;il a laissé.</translation>
    </message>
    <message>
        <source>No Kaspersky product is installed here, so there is nothing to save before a removal.</source>
        <translation>Aucun produit Kaspersky n&apos;est installé ici&#xa0;: il n&apos;y a donc rien à sauvegarder avant une suppression.</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Sources&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ScanPage</name>
    <message>
        <source>What is on this computer</source>
        <translation>Ce qui se trouve sur cet ordinateur</translation>
    </message>
    <message>
        <source>Scan progress</source>
        <translation>Progression de l&apos;analyse</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Products found</source>
        <translation>Produits trouvés</translation>
    </message>
    <message>
        <source>Looking for Kaspersky products…</source>
        <translation>Recherche des produits Kaspersky…</translation>
    </message>
    <message>
        <source>Nothing was changed. You can close Offramp and try again, or ask for help.</source>
        <translation>Rien n&apos;a été modifié. Vous pouvez fermer Offramp et réessayer, ou demander de l&apos;aide.</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Installé</translation>
    </message>
    <message>
        <source>Leftovers only</source>
        <translation>Résidus seulement</translation>
    </message>
    <message>
        <source>Show &amp;details: where each product was found</source>
        <translation>Afficher les &amp;détails&#xa0;: où chaque produit a été trouvé</translation>
    </message>
    <message>
        <source>Offramp looks for Kaspersky products and what they left behind. Nothing is changed.</source>
        <translation>Offramp recherche les produits Kaspersky et ce qu&apos;ils ont laissé. Rien n&apos;est modifié.</translation>
    </message>
    <message>
        <source>(account %1)</source>
        <translation>(compte %1)</translation>
    </message>
    <message>
        <source>not banned</source>
        <translation>non interdit</translation>
    </message>
    <message>
        <source>Good news: no Kaspersky product was found on %1. Offramp can still check what protects it: press Next.</source>
        <translation>Bonne nouvelle&#xa0;: aucun produit Kaspersky n&apos;a été trouvé sur %1. Offramp peut tout de même vérifier ce qui le protège&#xa0;: cliquez sur Suivant.</translation>
    </message>
    <message>
        <source>No banned product is installed on %1, but Offramp found what is listed below.</source>
        <translation>Aucun produit interdit n&apos;est installé sur %1, mais Offramp a trouvé ce qui est indiqué ci-dessous.</translation>
    </message>
    <message numerus="yes">
        <source>Found %n Kaspersky product(s) installed on %1. Press Next to see what the rules say and what to do.</source>
        <translation>
            <numerusform>%n produit Kaspersky installé a été trouvé sur %1. Cliquez sur Suivant pour voir ce que disent les règles et ce qu&apos;il faut faire.</numerusform>
            <numerusform>%n produits Kaspersky installés ont été trouvés sur %1. Cliquez sur Suivant pour voir ce que disent les règles et ce qu&apos;il faut faire.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScanTask</name>
    <message>
        <source>this computer</source>
        <translation>cet ordinateur</translation>
    </message>
    <message>
        <source>There is no demo computer named “%1”.</source>
        <translation>Il n&apos;existe aucun ordinateur de démonstration nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>the demo computer “%1”</source>
        <translation>l&apos;ordinateur de démonstration «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The scan could not finish: %1</source>
        <translation>L&apos;analyse n&apos;a pas pu aller jusqu&apos;au bout&#xa0;: %1</translation>
    </message>
    <message>
        <source>the computer whose files are in “%1”</source>
        <translation>l&apos;ordinateur dont les fichiers sont dans «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>SecuritySettings</name>
    <message>
        <source>Open Windows &amp;Security</source>
        <translation>Ouvrir &amp;Sécurité Windows</translation>
    </message>
    <message>
        <source>Windows Security</source>
        <translation>Sécurité Windows</translation>
    </message>
    <message>
        <source>Open Windows Security from the Start menu.</source>
        <translation>Ouvrez Sécurité Windows depuis le menu Démarrer.</translation>
    </message>
    <message>
        <source>Open &amp;System Settings</source>
        <translation>Ouvrir &amp;Réglages Système</translation>
    </message>
    <message>
        <source>System Settings</source>
        <translation>Réglages Système</translation>
    </message>
    <message>
        <source>Open System Settings from the Apple menu, then Privacy &amp; Security.</source>
        <translation>Ouvrez Réglages Système depuis le menu Pomme, puis Confidentialité et sécurité.</translation>
    </message>
</context>
<context>
    <name>SecuritySettingsButton</name>
    <message>
        <source>This is a demo computer, so nothing is opened. On a real one, this button opens %1.</source>
        <translation>Ceci est un ordinateur de démonstration, donc rien ne s&apos;ouvre. Sur un vrai ordinateur, ce bouton ouvre %1.</translation>
    </message>
    <message>
        <source>Offramp could not open %1. %2</source>
        <translation>Offramp n&apos;a pas pu ouvrir %1. %2</translation>
    </message>
</context>
<context>
    <name>StepFailureText</name>
    <message>
        <source>Details for a technician: %1</source>
        <translation>Détails pour un technicien&#xa0;: %1</translation>
    </message>
    <message>
        <source>Offramp did not run the uninstaller of %1: it is not one Offramp may run safely, or it changed since the scan. Remove %1 with its own uninstaller, then check again.</source>
        <translation>Offramp n&apos;a pas lancé le programme de désinstallation de %1&#xa0;: ce n&apos;est pas un programme qu&apos;Offramp peut lancer en toute sécurité, ou il a changé depuis l&apos;analyse. Supprimez %1 avec son propre programme de désinstallation, puis vérifiez de nouveau.</translation>
    </message>
    <message>
        <source>The package manager could not be started, so the package %1 was not removed.</source>
        <translation>Le gestionnaire de paquets n&apos;a pas pu être lancé&#xa0;: le paquet %1 n&apos;a donc pas été supprimé.</translation>
    </message>
    <message>
        <source>The uninstaller of %1 could not be started, so nothing was removed.</source>
        <translation>Le programme de désinstallation de %1 n&apos;a pas pu être lancé&#xa0;: rien n&apos;a donc été supprimé.</translation>
    </message>
    <message>
        <source>Removing the package %1 did not finish in time and was stopped: its removal script seems to wait for something. Nothing else was changed.</source>
        <translation>La suppression du paquet %1 ne s&apos;est pas terminée à temps et a été arrêtée&#xa0;: son script de suppression semble attendre quelque chose. Rien d&apos;autre n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The uninstaller of %1 did not finish in time and was stopped. Nothing else was changed.</source>
        <translation>Le programme de désinstallation de %1 ne s&apos;est pas terminé à temps et a été arrêté. Rien d&apos;autre n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Another installation or update was running, so %1 was not removed. Wait until it has finished (or restart the computer), then try again.</source>
        <translation>Une autre installation ou mise à jour était en cours&#xa0;: %1 n&apos;a donc pas été supprimé. Attendez qu&apos;elle soit terminée (ou redémarrez l&apos;ordinateur), puis réessayez.</translation>
    </message>
    <message>
        <source>The package manager could not remove the package %1 (error code %2).</source>
        <translation>Le gestionnaire de paquets n&apos;a pas pu supprimer le paquet %1 (code d&apos;erreur %2).</translation>
    </message>
    <message>
        <source>The uninstaller of %1 stopped with an error (error code %2).</source>
        <translation>Le programme de désinstallation de %1 s&apos;est arrêté sur une erreur (code d&apos;erreur %2).</translation>
    </message>
    <message>
        <source>%1 is still on the computer, although its uninstaller said it was done. Remove it with its own uninstaller (in the system&apos;s list of programs), then check again.</source>
        <translation>%1 est toujours sur l&apos;ordinateur, bien que son programme de désinstallation ait indiqué avoir terminé. Supprimez-le avec son propre programme de désinstallation (dans la liste des programmes du système), puis vérifiez de nouveau.</translation>
    </message>
    <message>
        <source>%1 could not be removed.</source>
        <translation>%1 n&apos;a pas pu être supprimé.</translation>
    </message>
    <message>
        <source>The uninstaller that Offramp started before is still running, so %1 was not removed yet. It may be waiting for something. Wait until it has finished (or restart the computer), then try again.</source>
        <translation>Le programme de désinstallation lancé auparavant par Offramp est toujours en cours&#xa0;: %1 n&apos;a donc pas encore été supprimé. Il attend peut-être quelque chose. Attendez qu&apos;il ait terminé (ou redémarrez l&apos;ordinateur), puis réessayez.</translation>
    </message>
    <message>
        <source>The package manager stopped abruptly while removing the package %1, so it may be half-done. Nothing else was changed. Try again: Offramp checks the package and removes it again.</source>
        <translation>Le gestionnaire de paquets s&apos;est arrêté brusquement pendant la suppression du paquet %1&#xa0;: elle est donc peut-être à moitié faite. Rien d&apos;autre n&apos;a été modifié. Réessayez&#xa0;: Offramp vérifie le paquet et le supprime de nouveau.</translation>
    </message>
    <message>
        <source>The uninstaller of %1 stopped abruptly before it finished, so %1 may be partly removed. Nothing else was changed. Try again: Offramp checks what is left and runs the uninstaller again.</source>
        <translation>Le programme de désinstallation de %1 s&apos;est arrêté brusquement avant la fin&#xa0;: %1 est donc peut-être partiellement supprimé. Rien d&apos;autre n&apos;a été modifié. Réessayez&#xa0;: Offramp vérifie ce qui reste et relance le programme de désinstallation.</translation>
    </message>
</context>
<context>
    <name>StepList</name>
    <message>
        <source>to do</source>
        <translation>à faire</translation>
    </message>
    <message>
        <source>current</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>non nécessaire</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Step %1 of %2, %3, %4</source>
        <translation>Étape %1 sur %2, %3, %4</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>What Offramp found and did. Keep the report for your records.</source>
        <translation>Ce qu&apos;Offramp a trouvé et fait. Conservez le rapport pour vos archives.</translation>
    </message>
    <message>
        <source>Save the report as &amp;HTML…</source>
        <translation>Enregistrer le rapport au format &amp;HTML…</translation>
    </message>
    <message>
        <source>Save the report as &amp;PDF…</source>
        <translation>Enregistrer le rapport au format &amp;PDF…</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Page web (*.html)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Found: no Kaspersky product.</source>
        <translation>Trouvé&#xa0;: aucun produit Kaspersky.</translation>
    </message>
    <message numerus="yes">
        <source>Removed: %n product(s) (simulated on the demo computer).</source>
        <translation>
            <numerusform>Supprimé&#xa0;: %n produit (simulation sur l&apos;ordinateur de démonstration).</numerusform>
            <numerusform>Supprimés&#xa0;: %n produits (simulation sur l&apos;ordinateur de démonstration).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed: %n product(s).</source>
        <translation>
            <numerusform>Supprimé&#xa0;: %n produit.</numerusform>
            <numerusform>Supprimés&#xa0;: %n produits.</numerusform>
        </translation>
    </message>
    <message>
        <source>New protection: %1.</source>
        <translation>Nouvelle protection&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Support code: %1</source>
        <translation>Code d&apos;assistance&#xa0;: %1</translation>
    </message>
    <message>
        <source>The report was saved to %1.</source>
        <translation>Le rapport a été enregistré dans %1.</translation>
    </message>
    <message>
        <source>The report could not be saved to %1 (%2). Choose another folder and try again.</source>
        <translation>Le rapport n&apos;a pas pu être enregistré dans %1 (%2). Choisissez un autre dossier et réessayez.</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message numerus="yes">
        <source>Found: %n Kaspersky product(s) installed.</source>
        <translation>
            <numerusform>Trouvé&#xa0;: %n produit Kaspersky installé.</numerusform>
            <numerusform>Trouvés&#xa0;: %n produits Kaspersky installés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Also found: %n other finding(s) (leftovers, or products that are not banned).</source>
        <translation>
            <numerusform>Également trouvé&#xa0;: %n autre élément (résidus, ou produits non interdits).</numerusform>
            <numerusform>Également trouvés&#xa0;: %n autres éléments (résidus, ou produits non interdits).</numerusform>
        </translation>
    </message>
    <message>
        <source>Protection: %1, already installed and kept.</source>
        <translation>Protection&#xa0;: %1, déjà installée et conservée.</translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation>Que faire maintenant</translation>
    </message>
    <message>
        <source>Found: no Kaspersky product installed.</source>
        <translation>Trouvé&#xa0;: aucun produit Kaspersky installé.</translation>
    </message>
    <message>
        <source>Removed: nothing.</source>
        <translation>Supprimé&#xa0;: rien.</translation>
    </message>
    <message>
        <source>Protection found: %1.</source>
        <translation>Protection trouvée&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Saved: nothing needed saving, as far as Offramp knows.</source>
        <translation>Sauvegardé&#xa0;: rien n&apos;avait besoin d&apos;être sauvegardé, à la connaissance d&apos;Offramp.</translation>
    </message>
    <message numerus="yes">
        <source>Saved, or not needed: %n item(s), as you marked them.</source>
        <translation>
            <numerusform>Sauvegardé, ou pas nécessaire&#xa0;: %n élément, comme vous l&apos;avez coché.</numerusform>
            <numerusform>Sauvegardé, ou pas nécessaire&#xa0;: %n éléments, comme vous les avez cochés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved, or not needed: nothing marked.</source>
        <translation>Sauvegardé, ou pas nécessaire&#xa0;: rien de coché.</translation>
    </message>
</context>
<context>
    <name>SystemSupportText</name>
    <message>
        <source>&lt;b&gt;Windows 10 on %1 no longer gets security fixes&lt;/b&gt;, unless the computer is enrolled in Extended Security Updates: Microsoft’s support for Windows 10 ended on %2. Microsoft Defender still gets new virus definitions on Windows 10 until October 2028. If the computer can run Windows 11, moving to it brings security fixes back.</source>
        <translation>&lt;b&gt;Windows 10 sur %1 ne reçoit plus de correctifs de sécurité&lt;/b&gt;, sauf si l&apos;ordinateur est inscrit aux mises à jour de sécurité étendues&#xa0;: la prise en charge de Windows 10 par Microsoft a pris fin le %2. Microsoft Defender reçoit encore de nouvelles définitions de virus sous Windows 10 jusqu&apos;en octobre 2028. Si l&apos;ordinateur peut faire fonctionner Windows 11, passer à Windows 11 permet de recevoir de nouveau des correctifs de sécurité.</translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Today, %1.</source>
        <translation>Aujourd&apos;hui, le %1.</translation>
    </message>
    <message>
        <source>In effect from today</source>
        <translation>En vigueur à partir d&apos;aujourd&apos;hui</translation>
    </message>
    <message numerus="yes">
        <source>Comes into effect in %n day(s)</source>
        <translation>
            <numerusform>Entre en vigueur dans %n jour</numerusform>
            <numerusform>Entre en vigueur dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Timeline of the rules</source>
        <translation>Chronologie des règles</translation>
    </message>
    <message numerus="yes">
        <source>In %n day(s)</source>
        <translation>
            <numerusform>Dans %n jour</numerusform>
            <numerusform>Dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Happens today</source>
        <translation>A lieu aujourd&apos;hui</translation>
    </message>
    <message>
        <source>In effect since %1</source>
        <translation>En vigueur depuis le %1</translation>
    </message>
    <message>
        <source>Already happened</source>
        <translation>A déjà eu lieu</translation>
    </message>
</context>
<context>
    <name>WarningNote</name>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Leave Kaspersky safely</source>
        <translation>Quittez Kaspersky en toute sécurité</translation>
    </message>
    <message>
        <source>Offramp looks for Kaspersky on this computer and helps you replace it.</source>
        <translation>Offramp recherche Kaspersky sur cet ordinateur et vous aide à le remplacer.</translation>
    </message>
    <message>
        <source>This is a demonstration: Offramp reads the demo computer “%1” instead of this one, and changes nothing.</source>
        <translation>Ceci est une démonstration&#xa0;: Offramp lit l&apos;ordinateur de démonstration «&#xa0;%1&#xa0;» au lieu de celui-ci, et ne modifie rien.</translation>
    </message>
    <message>
        <source>Offramp goes through the steps listed beside this page with you: it looks for Kaspersky products on this computer, explains the rules that apply where you live, helps you save your passwords and other data and choose new protection, then removes Kaspersky and checks that it is gone.

Nothing is changed without your consent, and nothing you see here leaves this computer.</source>
        <translation>Offramp suit avec vous les étapes indiquées à côté de cette page&#xa0;: il recherche les produits Kaspersky sur cet ordinateur, vous explique les règles qui s&apos;appliquent là où vous vivez, vous aide à sauvegarder vos mots de passe et vos autres données et à choisir une nouvelle protection, puis supprime Kaspersky et vérifie qu&apos;il a disparu.

Rien n&apos;est modifié sans votre accord, et rien de ce que vous voyez ici ne quitte cet ordinateur.</translation>
    </message>
    <message>
        <source>About Offramp and its licences</source>
        <translation>À propos d’Offramp et de ses licences</translation>
    </message>
</context>
<context>
    <name>WhatToDoNow</name>
    <message>
        <source>Make sure that some protection is installed and turned on.</source>
        <translation>Assurez-vous qu&apos;une protection est installée et activée.</translation>
    </message>
    <message>
        <source>Keep %1 turned on and up to date: it protects this computer now.</source>
        <translation>Laissez %1 activé et à jour&#xa0;: c&apos;est ce qui protège désormais cet ordinateur.</translation>
    </message>
    <message>
        <source>Open your system&apos;s security settings and check that %1 is turned on.</source>
        <translation>Ouvrez les paramètres de sécurité de votre système et vérifiez que cette protection est activée&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Install %1 from its official website (%2), then check that it is turned on.</source>
        <translation>Installez %1 depuis son site web officiel (%2), puis vérifiez qu&apos;il est activé.</translation>
    </message>
    <message>
        <source>Remove %1 with its own uninstaller and cancel its subscription if you pay for one; then: %2</source>
        <translation>Supprimez %1 avec son propre programme de désinstallation et résiliez son abonnement si vous en payez un&#xa0;; ensuite&#xa0;: %2</translation>
    </message>
    <message>
        <source>Restart the computer: the removal finishes when it starts again.</source>
        <translation>Redémarrez l&apos;ordinateur&#xa0;: la suppression se termine à son redémarrage.</translation>
    </message>
    <message>
        <source>Once your new password manager shows your passwords, delete these files: they hold your passwords in plain text. Go back to the Save step to delete them securely: %1</source>
        <translation>Une fois que votre nouveau gestionnaire de mots de passe affiche vos mots de passe, effacez ces fichiers&#xa0;: ils contiennent vos mots de passe en clair. Revenez à l&apos;étape Sauvegarde pour les effacer de façon sécurisée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Keep the copy of your data in %1 until you are sure you no longer need anything from it.</source>
        <translation>Conservez la copie de vos données dans %1 jusqu&apos;à avoir la certitude de ne plus avoir besoin de rien de ce qu&apos;elle contient.</translation>
    </message>
    <message>
        <source>Keep this report: it says what was found, saved and removed.</source>
        <translation>Conservez ce rapport&#xa0;: il indique ce qui a été trouvé, sauvegardé et supprimé.</translation>
    </message>
    <message>
        <source>On a real computer, you would now restart it to finish the removal.</source>
        <translation>Sur un vrai ordinateur, vous le redémarreriez maintenant pour terminer la suppression.</translation>
    </message>
    <message>
        <source>Save the report with the buttons above and keep it: it says what was found, saved and removed.</source>
        <translation>Enregistrez le rapport avec les boutons ci-dessus et conservez-le&#xa0;: il indique ce qui a été trouvé, sauvegardé et supprimé.</translation>
    </message>
    <message>
        <source>Nothing to install or turn on: %1 comes with macOS, works in the background, and Apple updates it automatically.</source>
        <translation>Rien à installer ni à activer&#xa0;: %1 est fourni avec macOS, fonctionne en arrière-plan, et Apple le met à jour automatiquement.</translation>
    </message>
    <message>
        <source>If someone helps you with this computer, tell them the support code %1. The report shows the same code, so they know which report you mean.</source>
        <translation>Si quelqu&apos;un vous aide avec cet ordinateur, donnez-lui le code d&apos;assistance %1. Le rapport indique le même code&#xa0;: cette personne saura ainsi de quel rapport vous parlez.</translation>
    </message>
    <message>
        <source>Keep %1 up to date: Offramp found it installed on this computer.</source>
        <translation>Tenez %1 à jour&#xa0;: Offramp l&apos;a trouvé installé sur cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>installed</source>
        <translation>installé</translation>
    </message>
    <message>
        <source>leftovers only</source>
        <translation>résidus seulement</translation>
    </message>
    <message>
        <source>Offramp report</source>
        <translation>Rapport d&apos;Offramp</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Date&#xa0;: %1</translation>
    </message>
    <message>
        <source>Computer: %1</source>
        <translation>Ordinateur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Support code: %1</source>
        <translation>Code d&apos;assistance&#xa0;: %1</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>Ce qui a été trouvé</translation>
    </message>
    <message>
        <source>No Kaspersky product.</source>
        <translation>Aucun produit Kaspersky.</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Ce qui a été fait</translation>
    </message>
    <message>
        <source>Nothing was removed.</source>
        <translation>Rien n&apos;a été supprimé.</translation>
    </message>
    <message>
        <source>%1 removed (simulated on a demo computer)</source>
        <translation>%1 supprimé (simulation sur un ordinateur de démonstration)</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>%1 supprimé</translation>
    </message>
    <message>
        <source>New protection</source>
        <translation>Nouvelle protection</translation>
    </message>
    <message>
        <source>Made by Offramp on this computer; nothing was sent anywhere.</source>
        <translation>Créé par Offramp sur cet ordinateur&#xa0;; rien n&apos;a été envoyé nulle part.</translation>
    </message>
    <message>
        <source>Antivirus found by the check</source>
        <translation>Antivirus trouvé lors de la vérification</translation>
    </message>
    <message>
        <source>None that Offramp recognises.</source>
        <translation>Aucun qu&apos;Offramp reconnaisse.</translation>
    </message>
    <message>
        <source>Protection, already installed and kept</source>
        <translation>Protection, déjà installée et conservée</translation>
    </message>
    <message>
        <source>Rules that apply</source>
        <translation>Règles qui s&apos;appliquent</translation>
    </message>
    <message>
        <source>Offramp knows of no rule on Kaspersky in the country chosen.</source>
        <translation>Offramp ne connaît aucune règle concernant Kaspersky dans le pays choisi.</translation>
    </message>
    <message>
        <source>Offramp knows of no rule on Kaspersky in %1.</source>
        <translation>Offramp ne connaît aucune règle concernant Kaspersky pour ce pays (%1).</translation>
    </message>
    <message>
        <source>In %1, on %2:</source>
        <translation>%1, au %2&#xa0;:</translation>
    </message>
    <message>
        <source>Who it binds: %1</source>
        <translation>À qui elle s&apos;impose&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not removed</source>
        <translation>Non supprimé</translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation>Que faire maintenant</translation>
    </message>
    <message>
        <source>Everything that was found was removed.</source>
        <translation>Tout ce qui a été trouvé a été supprimé.</translation>
    </message>
    <message>
        <source>Antivirus found by the scan</source>
        <translation>Antivirus trouvé lors de l&apos;analyse</translation>
    </message>
    <message>
        <source>What you marked as saved, or not needed</source>
        <translation>Ce que vous avez coché comme sauvegardé, ou pas nécessaire</translation>
    </message>
    <message>
        <source>Nothing was marked.</source>
        <translation>Rien n&apos;a été coché.</translation>
    </message>
</context>
</TS>
