<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Offramp</source>
        <translation>Über Offramp</translation>
    </message>
    <message>
        <source>Offramp %1

Offramp is free software: you may use it, share it and change it under the GNU General Public License, version 3 or later. It comes with no warranty.

It contains software made by others, each under its own licence. Their notices and the full licence texts follow, in English as they were written.</source>
        <translation>Offramp %1

Offramp ist freie Software: Sie dürfen sie unter der GNU General Public License, Version 3 oder später, nutzen, weitergeben und verändern. Sie wird ohne jede Gewährleistung bereitgestellt.

Sie enthält Software anderer Urheber, jeweils unter deren eigener Lizenz. Deren Hinweise und die vollständigen Lizenztexte folgen, auf Englisch, wie sie verfasst wurden.</translation>
    </message>
    <message>
        <source>Licences of Offramp and of the software it contains</source>
        <translation>Lizenzen von Offramp und der darin enthaltenen Software</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>Check this computer</source>
        <translation>Diesen Computer prüfen</translation>
    </message>
    <message>
        <source>Offramp looks again, and tells you what should protect this computer now.</source>
        <translation>Offramp sucht erneut und sagt Ihnen, was diesen Computer jetzt schützen sollte.</translation>
    </message>
    <message>
        <source> (still installed)</source>
        <translation> (noch installiert)</translation>
    </message>
    <message>
        <source> (leftovers)</source>
        <translation> (Reste)</translation>
    </message>
    <message>
        <source>Looking again…</source>
        <translation>Erneute Suche…</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Your new protection: %1.&lt;/b&gt; It comes with your system and takes over once Kaspersky is gone. Open your system&apos;s security settings to check that it is turned on.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Ihr neuer Schutz: %1.&lt;/b&gt; Er ist in Ihrem System enthalten und übernimmt, sobald Kaspersky nicht mehr vorhanden ist. Öffnen Sie die Sicherheitseinstellungen Ihres Systems und prüfen Sie, ob er eingeschaltet ist.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Your new protection: %1.&lt;/b&gt; Install it from &lt;a href=&quot;%2&quot;&gt;its official website&lt;/a&gt;, then check that it is turned on. Until then, keep the protection that comes with your system turned on.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Ihr neuer Schutz: %1.&lt;/b&gt; Installieren Sie ihn über &lt;a href=&quot;%2&quot;&gt;seine offizielle Website&lt;/a&gt; und prüfen Sie dann, ob er eingeschaltet ist. Lassen Sie bis dahin den Schutz eingeschaltet, der in Ihrem System enthalten ist.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Make sure that some protection is turned on: the one that comes with your system is a good start.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Sorgen Sie dafür, dass ein Schutz eingeschaltet ist: Der in Ihrem System enthaltene Schutz ist ein guter Anfang.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No Kaspersky product is left on %1.</source>
        <translation>Auf %1 ist kein Kaspersky-Produkt mehr vorhanden.</translation>
    </message>
    <message>
        <source>Still found on %1:
• %2
Leftovers are harmless files and settings; an installed product still needs removing.</source>
        <translation>Noch gefunden auf %1:
• %2
Reste sind harmlose Dateien und Einstellungen; ein installiertes Produkt muss dagegen noch entfernt werden.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Windows Security Center lists no antivirus product at the moment: turn Microsoft Defender on, or install your new protection now.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Das Windows-Sicherheitscenter führt derzeit kein Antivirenprogramm auf: Schalten Sie Microsoft Defender ein oder installieren Sie jetzt Ihren neuen Schutz.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Windows Security Center lists: %1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Das Windows-Sicherheitscenter führt auf: %1.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Antivirus installed on %1:&lt;/b&gt; %2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Auf %1 installierter Virenschutz:&lt;/b&gt; %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Offramp finds none of the antivirus products it can recognise installed on %1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Offramp findet auf %1 keines der Antivirenprogramme installiert, die es erkennen kann.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Your new protection: %1.&lt;/b&gt; It is installed; check that it is turned on and keeps itself up to date.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Ihr neuer Schutz: %1.&lt;/b&gt; Er ist installiert; prüfen Sie, ob er eingeschaltet ist und sich selbst aktuell hält.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Check that it is turned on and keeps itself up to date.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Prüfen Sie, ob er eingeschaltet ist und sich selbst aktuell hält.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Make sure that some protection is installed and turned on.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Sorgen Sie dafür, dass ein Schutz installiert und eingeschaltet ist.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Your protection: %1.&lt;/b&gt; It was already installed and you keep it; check that it is turned on and keeps itself up to date.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Ihr Schutz: %1.&lt;/b&gt; Er war bereits installiert und Sie behalten ihn; prüfen Sie, ob er eingeschaltet ist und sich selbst aktuell hält.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Your new protection: %1.&lt;/b&gt; It comes with your system and takes over once %2 is removed. Remove %2 with its own uninstaller, and cancel its subscription if you pay for one.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Ihr neuer Schutz: %1.&lt;/b&gt; Er ist in Ihrem System enthalten und übernimmt, sobald %2 entfernt ist. Entfernen Sie %2 mit seinem eigenen Deinstallationsprogramm und kündigen Sie dessen Abonnement, falls Sie dafür bezahlen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Your new protection: %1.&lt;/b&gt; Before you install it from &lt;a href=&quot;%3&quot;&gt;its official website&lt;/a&gt;, remove %2 with its own uninstaller, and cancel its subscription if you pay for one.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Ihr neuer Schutz: %1.&lt;/b&gt; Bevor Sie ihn über &lt;a href=&quot;%3&quot;&gt;seine offizielle Website&lt;/a&gt; installieren, entfernen Sie %2 mit seinem eigenen Deinstallationsprogramm und kündigen Sie dessen Abonnement, falls Sie dafür bezahlen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Offramp finds no Kaspersky product on %1.</source>
        <translation>Offramp findet auf %1 kein Kaspersky-Produkt.</translation>
    </message>
    <message>
        <source>%1 (what Offramp saw: %2)</source>
        <translation>%1 (was Offramp gesehen hat: %2)</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Your new protection: %1.&lt;/b&gt; It comes with macOS and works in the background once Kaspersky is gone; Apple updates it automatically. There is nothing to install or turn on.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Ihr neuer Schutz: %1.&lt;/b&gt; Er ist in macOS enthalten und arbeitet im Hintergrund, sobald Kaspersky nicht mehr vorhanden ist; Apple aktualisiert ihn automatisch. Es gibt nichts zu installieren oder einzuschalten.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>On a real computer, a restart would now finish the removal.</source>
        <translation>Auf einem echten Computer würde jetzt ein Neustart das Entfernen abschließen.</translation>
    </message>
    <message>
        <source>Restart the computer to finish the removal.</source>
        <translation>Starten Sie den Computer neu, um das Entfernen abzuschließen.</translation>
    </message>
</context>
<context>
    <name>ChoiceAdvice</name>
    <message>
        <source>For most home computers, the protection that comes with Windows is enough; some of the others add more, such as a VPN or a password manager.</source>
        <translation>Für die meisten Computer zu Hause reicht der Schutz aus, der in Windows enthalten ist; einige der anderen bieten mehr, etwa ein VPN oder einen Passwort-Manager.</translation>
    </message>
    <message>
        <source>The protection that comes with macOS works in the background, with nothing to install; some of the others add more, such as a VPN or a password manager.</source>
        <translation>Der in macOS enthaltene Schutz arbeitet im Hintergrund, ohne dass Sie etwas installieren müssen; einige der anderen bieten mehr, etwa ein VPN oder einen Passwort-Manager.</translation>
    </message>
    <message>
        <source>None of these comes with Linux itself: each one is installed separately.</source>
        <translation>Keines davon ist in Linux selbst enthalten: Jedes wird separat installiert.</translation>
    </message>
    <message>
        <source>The others follow in alphabetical order, tools used by typing commands last; Offramp earns nothing from any of them.</source>
        <translation>Die anderen folgen in alphabetischer Reihenfolge; Werkzeuge, die über eingetippte Befehle bedient werden, stehen am Ende. Offramp verdient an keinem davon.</translation>
    </message>
    <message>
        <source>They are listed in alphabetical order, tools used by typing commands last; Offramp earns nothing from any of them.</source>
        <translation>Sie stehen in alphabetischer Reihenfolge; Werkzeuge, die über eingetippte Befehle bedient werden, stehen am Ende. Offramp verdient an keinem davon.</translation>
    </message>
</context>
<context>
    <name>ChoosePage</name>
    <message>
        <source>Free</source>
        <translation>Kostenlos</translation>
    </message>
    <message>
        <source>Free version and paid versions</source>
        <translation>Kostenlose und kostenpflichtige Versionen</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Kostenpflichtig</translation>
    </message>
    <message>
        <source>Price not confirmed</source>
        <translation>Preis nicht bestätigt</translation>
    </message>
    <message>
        <source>Open the official &amp;website</source>
        <translation>&amp;Offizielle Website öffnen</translation>
    </message>
    <message>
        <source>Choose your new protection</source>
        <translation>Neuen Schutz wählen</translation>
    </message>
    <message>
        <source>Protection products</source>
        <translation>Schutzprodukte</translation>
    </message>
    <message>
        <source>Open the official website of the chosen product</source>
        <translation>Offizielle Website des gewählten Produkts öffnen</translation>
    </message>
    <message>
        <source>No product is listed for this system.</source>
        <translation>Für dieses System ist kein Produkt aufgeführt.</translation>
    </message>
    <message>
        <source>By %1 · %2</source>
        <translation>Von %1 · %2</translation>
    </message>
    <message>
        <source>Official website:</source>
        <translation>Offizielle Website:</translation>
    </message>
    <message>
        <source>%1
(comes with your system)</source>
        <translation>%1
(in Ihrem System enthalten)</translation>
    </message>
    <message>
        <source>Keep %1
(installed now)</source>
        <translation>%1 behalten
(jetzt installiert)</translation>
    </message>
    <message>
        <source>Choose your protection</source>
        <translation>Schutz wählen</translation>
    </message>
    <message>
        <source>%1
(used by typing commands)</source>
        <translation>%1
(Bedienung über eingetippte Befehle)</translation>
    </message>
</context>
<context>
    <name>ErrorSentences</name>
    <message>
        <source>“%1” is not there: it may have been moved, renamed or deleted. Check that it is where Offramp looks for it, then try again.</source>
        <translation>„%1“ ist nicht vorhanden: Es wurde vielleicht verschoben, umbenannt oder gelöscht. Prüfen Sie, ob es dort liegt, wo Offramp danach sucht, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>“%1” is a folder or a link, not a file. Choose the file itself, then try again.</source>
        <translation>„%1“ ist ein Ordner oder eine Verknüpfung, keine Datei. Wählen Sie die Datei selbst und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>“%1” already exists, and Offramp never writes over a file. Choose another name, or move the existing file away, then try again.</source>
        <translation>„%1“ gibt es bereits, und Offramp überschreibt nie eine Datei. Wählen Sie einen anderen Namen oder verschieben Sie die vorhandene Datei und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>This computer does not let Offramp use “%1”. Make sure your account may use it, or choose another place, then try again.</source>
        <translation>Dieser Computer erlaubt Offramp nicht, „%1“ zu verwenden. Stellen Sie sicher, dass Ihr Konto es verwenden darf, oder wählen Sie einen anderen Ort und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The disk that holds “%1” is full. Free some space there, or choose a place on another disk, then try again.</source>
        <translation>Der Datenträger mit „%1“ ist voll. Schaffen Sie dort Platz oder wählen Sie einen Ort auf einem anderen Datenträger und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The path “%1” is longer than this system allows. Choose a place with a shorter path, then try again.</source>
        <translation>Der Pfad „%1“ ist länger, als dieses System erlaubt. Wählen Sie einen Ort mit einem kürzeren Pfad und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Another program is using “%1” right now. Wait until it has finished, or close it, then try again.</source>
        <translation>Ein anderes Programm verwendet „%1“ gerade. Warten Sie, bis es fertig ist, oder schließen Sie es, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>“%1” could not be read: another program may be holding it, or the disk may be failing. Try again; if it keeps failing, ask someone to check the disk.</source>
        <translation>„%1“ konnte nicht gelesen werden: Vielleicht hält ein anderes Programm es geöffnet, oder der Datenträger ist defekt. Versuchen Sie es erneut; wenn es weiter fehlschlägt, lassen Sie den Datenträger prüfen.</translation>
    </message>
    <message>
        <source>“%1” is damaged: what it holds is not what it should be, so Offramp cannot rely on it. Offramp has not changed it. Ask someone who knows the computer to look at it.</source>
        <translation>„%1“ ist beschädigt: Der Inhalt ist nicht so, wie er sein sollte, daher kann sich Offramp nicht darauf verlassen. Offramp hat die Datei nicht verändert. Bitten Sie jemanden, der den Computer kennt, sie sich anzusehen.</translation>
    </message>
    <message>
        <source>“%1” is not text that Offramp can read: it may have been saved in another form, or be another kind of file. Choose the original file.</source>
        <translation>„%1“ ist kein Text, den Offramp lesen kann: Vielleicht wurde er in einer anderen Form gespeichert, oder es ist eine andere Art von Datei. Wählen Sie die ursprüngliche Datei.</translation>
    </message>
    <message>
        <source>“%1” is in a form Offramp cannot read.</source>
        <translation>„%1“ liegt in einer Form vor, die Offramp nicht lesen kann.</translation>
    </message>
    <message>
        <source>Something Offramp needs is not there: it may have been moved, renamed or deleted.</source>
        <translation>Etwas, das Offramp braucht, ist nicht vorhanden: Es wurde vielleicht verschoben, umbenannt oder gelöscht.</translation>
    </message>
    <message>
        <source>A folder or a link is where Offramp expected a file.</source>
        <translation>Wo Offramp eine Datei erwartet hat, ist ein Ordner oder eine Verknüpfung.</translation>
    </message>
    <message>
        <source>The name is already taken, and Offramp never writes over a file. Choose another name.</source>
        <translation>Der Name ist bereits vergeben, und Offramp überschreibt nie eine Datei. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>This computer does not let Offramp do this. Make sure your account may, then try again.</source>
        <translation>Dieser Computer erlaubt Offramp das nicht. Stellen Sie sicher, dass Ihr Konto es darf, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space, then try again.</source>
        <translation>Der Datenträger ist voll. Schaffen Sie Platz und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>A path is longer than this system allows. Choose a place with a shorter path.</source>
        <translation>Ein Pfad ist länger, als dieses System erlaubt. Wählen Sie einen Ort mit einem kürzeren Pfad.</translation>
    </message>
    <message>
        <source>Another program is working on it right now. Wait until it has finished, then try again.</source>
        <translation>Ein anderes Programm arbeitet gerade daran. Warten Sie, bis es fertig ist, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>A file could not be read: another program may be holding it, or the disk may be failing. Try again; if it keeps failing, ask someone to check the disk.</source>
        <translation>Eine Datei konnte nicht gelesen werden: Vielleicht hält ein anderes Programm sie geöffnet, oder der Datenträger ist defekt. Versuchen Sie es erneut; wenn es weiter fehlschlägt, lassen Sie den Datenträger prüfen.</translation>
    </message>
    <message>
        <source>A file Offramp needs is damaged, so Offramp cannot rely on it. Offramp has not changed it.</source>
        <translation>Eine Datei, die Offramp braucht, ist beschädigt, daher kann sich Offramp nicht darauf verlassen. Offramp hat sie nicht verändert.</translation>
    </message>
    <message>
        <source>A file is not text that Offramp can read.</source>
        <translation>Eine Datei ist kein Text, den Offramp lesen kann.</translation>
    </message>
    <message>
        <source>Offramp cannot do this on this kind of computer or with this kind of file.</source>
        <translation>Offramp kann das auf dieser Art von Computer oder mit dieser Art von Datei nicht tun.</translation>
    </message>
    <message>
        <source>Offramp was asked for something that is not valid. This is a fault in Offramp; please report it.</source>
        <translation>Offramp wurde um etwas gebeten, das nicht gültig ist. Das ist ein Fehler in Offramp; bitte melden Sie ihn.</translation>
    </message>
    <message>
        <source>Something went wrong that Offramp did not expect. Try again; if it happens again, show the details to someone who can help.</source>
        <translation>Etwas ist schiefgegangen, womit Offramp nicht gerechnet hat. Versuchen Sie es erneut; wenn es wieder passiert, zeigen Sie die Details jemandem, der helfen kann.</translation>
    </message>
    <message>
        <source>Details for a technician: %1</source>
        <translation>Details für Fachleute (auf Englisch): %1</translation>
    </message>
</context>
<context>
    <name>EvidenceText</name>
    <message>
        <source>package %1</source>
        <translation>Paket %1</translation>
    </message>
    <message>
        <source>configuration files of the removed package %1</source>
        <translation>Konfigurationsdateien des entfernten Pakets %1</translation>
    </message>
    <message>
        <source>systemd unit %1</source>
        <translation>systemd-Unit %1</translation>
    </message>
    <message>
        <source>folder or file %1</source>
        <translation>Ordner oder Datei %1</translation>
    </message>
    <message>
        <source>app %1</source>
        <translation>App %1</translation>
    </message>
    <message>
        <source>app %1 (%2)</source>
        <translation>App %1 (%2)</translation>
    </message>
    <message>
        <source>launchd job %1</source>
        <translation>launchd-Job %1</translation>
    </message>
    <message>
        <source>entry “%1” in the list of installed programs</source>
        <translation>Eintrag „%1“ in der Liste der installierten Programme</translation>
    </message>
    <message>
        <source>registry key %1</source>
        <translation>Registrierungsschlüssel %1</translation>
    </message>
    <message>
        <source>service %1</source>
        <translation>Dienst %1</translation>
    </message>
    <message>
        <source>driver %1</source>
        <translation>Treiber %1</translation>
    </message>
    <message>
        <source>entry “%1” (version %2) in the list of installed programs</source>
        <translation>Eintrag „%1“ (Version %2) in der Liste der installierten Programme</translation>
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
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Rules</source>
        <comment>step</comment>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>Save</source>
        <comment>step</comment>
        <translation>Sichern</translation>
    </message>
    <message>
        <source>Choose</source>
        <comment>step</comment>
        <translation>Wählen</translation>
    </message>
    <message>
        <source>Remove</source>
        <comment>step</comment>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Check</source>
        <comment>step</comment>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>step</comment>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>PasswordHandover</name>
    <message>
        <source>Websites</source>
        <translation>Websites</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Anwendungen</translation>
    </message>
    <message>
        <source>Other accounts</source>
        <translation>Andere Konten</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 von %3</translation>
    </message>
    <message>
        <source>Hand your passwords over to another password manager</source>
        <translation>Passwörter an einen anderen Passwort-Manager übergeben</translation>
    </message>
    <message>
        <source>C&amp;onvert</source>
        <translation>&amp;Umwandeln</translation>
    </message>
    <message>
        <source>Convert the export into the password manager&apos;s CSV file</source>
        <translation>Export in die CSV-Datei des Passwort-Managers umwandeln</translation>
    </message>
    <message>
        <source>I have imported my passwords and checked them</source>
        <translation>Ich habe meine Passwörter importiert und geprüft</translation>
    </message>
    <message>
        <source>&amp;Delete the export and the CSV securely…</source>
        <translation>Export und CSV sicher &amp;löschen…</translation>
    </message>
    <message>
        <source>Delete the password export and the CSV file securely</source>
        <translation>Passwort-Export und CSV-Datei sicher löschen</translation>
    </message>
    <message>
        <source>In Kaspersky Password Manager, use Export to text file (Settings → Import/Export) and save the file on this computer. That file holds your passwords unencrypted. Offramp turns it into the CSV file another password manager imports; nothing is sent anywhere.</source>
        <translation>Öffnen Sie in Kaspersky Password Manager die Einstellungen, gehen Sie zum Bereich für den Datenimport und -export und verwenden Sie den Export in eine Textdatei (in der englischen Version: Settings → Import/Export → Export to text file). Speichern Sie die Datei auf diesem Computer. Diese Datei enthält Ihre Passwörter unverschlüsselt. Offramp macht daraus die CSV-Datei, die ein anderer Passwort-Manager importiert; nichts wird irgendwohin gesendet.</translation>
    </message>
    <message>
        <source>Kaspersky Password Manager text export</source>
        <translation>Textexport von Kaspersky Password Manager</translation>
    </message>
    <message>
        <source>The exported text file</source>
        <translation>Die exportierte Textdatei</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Datei wählen…</translation>
    </message>
    <message>
        <source>Choose Kaspersky Password Manager&apos;s text export</source>
        <translation>Textexport von Kaspersky Password Manager wählen</translation>
    </message>
    <message>
        <source>Password manager to move to</source>
        <translation>Passwort-Manager, zu dem Sie wechseln</translation>
    </message>
    <message>
        <source>Where to save the CSV file</source>
        <translation>Speicherort der CSV-Datei</translation>
    </message>
    <message>
        <source>Choose &amp;where…</source>
        <translation>&amp;Speicherort wählen…</translation>
    </message>
    <message>
        <source>Choose where to save the CSV file</source>
        <translation>Speicherort der CSV-Datei wählen</translation>
    </message>
    <message>
        <source>&amp;Export file:</source>
        <translation>&amp;Exportdatei:</translation>
    </message>
    <message>
        <source>&amp;Move to:</source>
        <translation>Neuer Passwort-&amp;Manager:</translation>
    </message>
    <message>
        <source>&amp;Save the CSV as:</source>
        <translation>&amp;CSV speichern unter:</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Textdateien (*.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save the CSV file as</source>
        <translation>CSV-Datei speichern unter</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Choose the text file that Kaspersky Password Manager exported.</source>
        <translation>Wählen Sie die Textdatei, die Kaspersky Password Manager exportiert hat.</translation>
    </message>
    <message>
        <source>Offramp cannot read that file: %1</source>
        <translation>Offramp kann diese Datei nicht lesen: %1</translation>
    </message>
    <message>
        <source>%1 is not a Kaspersky Password Manager text export that Offramp can read. The problem is on line %2: %3. Make sure you chose the file made with Export to text file, not the encrypted backup.</source>
        <translation>%1 ist kein Textexport von Kaspersky Password Manager, den Offramp lesen kann. Das Problem liegt in Zeile %2: %3. Prüfen Sie, ob Sie die mit dem Export in eine Textdatei (Export to text file) erstellte Datei gewählt haben und nicht das verschlüsselte Backup.</translation>
    </message>
    <message>
        <source>%1 holds no entries. Is it Kaspersky Password Manager&apos;s text export (Export to text file)?</source>
        <translation>%1 enthält keine Einträge. Ist es der Textexport von Kaspersky Password Manager (Export to text file)?</translation>
    </message>
    <message numerus="yes">
        <source>The export holds %n entries.</source>
        <translation>
            <numerusform>Der Export enthält %n Eintrag.</numerusform>
            <numerusform>Der Export enthält %n Einträge.</numerusform>
        </translation>
    </message>
    <message>
        <source>It is an old export without section titles, so every entry is read as a website.</source>
        <translation>Es ist ein alter Export ohne Abschnittsüberschriften, daher wird jeder Eintrag als Website gelesen.</translation>
    </message>
    <message>
        <source>Nothing was converted: see above.</source>
        <translation>Es wurde nichts umgewandelt: siehe oben.</translation>
    </message>
    <message>
        <source>Choose where to save the CSV file.</source>
        <translation>Wählen Sie, wo die CSV-Datei gespeichert werden soll.</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n entries can be held by %1&apos;s CSV file, so nothing was written.</source>
        <translation>
            <numerusform>Der Eintrag passt nicht in die CSV-Datei von %1, daher wurde nichts geschrieben.</numerusform>
            <numerusform>Keiner der %n Einträge passt in die CSV-Datei von %1, daher wurde nichts geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was written: %1. Offramp never overwrites a file; choose another name, or move the existing file away.</source>
        <translation>Es wurde nichts geschrieben: %1. Offramp überschreibt nie eine Datei; wählen Sie einen anderen Namen oder verschieben Sie die vorhandene Datei an einen anderen Ort.</translation>
    </message>
    <message>
        <source>Nothing was written: %1. Choose another folder and try again.</source>
        <translation>Es wurde nichts geschrieben: %1. Wählen Sie einen anderen Ordner und versuchen Sie es erneut.</translation>
    </message>
    <message numerus="yes">
        <source>Written for %1: %n entries.</source>
        <translation>
            <numerusform>Geschrieben für %1: %n Eintrag.</numerusform>
            <numerusform>Geschrieben für %1: %n Einträge.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n entries, readable by you only)</source>
        <translation>
            <numerusform>%1 (%n Eintrag, nur für Sie lesbar)</numerusform>
            <numerusform>%1 (%n Einträge, nur für Sie lesbar)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 takes at most %2 rows per file, so the entries are split over %n files: import each of them.</source>
        <translation>
            <numerusform>%1 nimmt höchstens %2 Zeilen pro Datei an, daher sind die Einträge auf %n Datei verteilt: Importieren Sie sie.</numerusform>
            <numerusform>%1 nimmt höchstens %2 Zeilen pro Datei an, daher sind die Einträge auf %n Dateien verteilt: Importieren Sie jede davon.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries cannot be held by %1&apos;s CSV file and were left out; add them there by hand:</source>
        <translation>
            <numerusform>%n Eintrag passt nicht in die CSV-Datei von %1 und wurde ausgelassen; fügen Sie ihn dort von Hand hinzu:</numerusform>
            <numerusform>%n Einträge passen nicht in die CSV-Datei von %1 und wurden ausgelassen; fügen Sie sie dort von Hand hinzu:</numerusform>
        </translation>
    </message>
    <message>
        <source>  line %1, %2 “%3”: %4</source>
        <translation>  Zeile %1, %2 „%3“: %4</translation>
    </message>
    <message>
        <source>These files, like the export, hold your passwords in plain text. Once the import has worked, delete them below.</source>
        <translation>Diese Dateien enthalten Ihre Passwörter, genau wie der Export, unverschlüsselt. Sobald der Import geklappt hat, löschen Sie sie unten.</translation>
    </message>
    <message>
        <source>To import into 1Password: use 1Password&apos;s import of a CSV file and pick the file above.</source>
        <translation>So importieren Sie in 1Password: Verwenden Sie in 1Password den Import einer CSV-Datei und wählen Sie die Datei oben.</translation>
    </message>
    <message>
        <source>Then open a few entries there and check that the user names and passwords are right.</source>
        <translation>Öffnen Sie dann dort einige Einträge und prüfen Sie, ob Benutzernamen und Passwörter stimmen.</translation>
    </message>
    <message>
        <source>Delete these files for good?</source>
        <translation>Diese Dateien endgültig löschen?</translation>
    </message>
    <message>
        <source>Offramp overwrites these files and then deletes them; they cannot be recovered:</source>
        <translation>Offramp überschreibt diese Dateien und löscht sie dann; sie können nicht wiederhergestellt werden:</translation>
    </message>
    <message>
        <source>Do this only once your passwords are in the new password manager. Nothing else is touched. On solid-state drives and in backups, traces of the old contents may remain.</source>
        <translation>Tun Sie das erst, wenn Ihre Passwörter im neuen Passwort-Manager sind. Sonst wird nichts angetastet. Auf SSD-Laufwerken und in Backups können Spuren des alten Inhalts bleiben.</translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>Endgültig löschen</translation>
    </message>
    <message>
        <source>Keep the files</source>
        <translation>Dateien behalten</translation>
    </message>
    <message>
        <source>Deleted: %1</source>
        <translation>Gelöscht: %1</translation>
    </message>
    <message>
        <source>Already gone: %1</source>
        <translation>Nicht mehr vorhanden: %1</translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>Nicht gelöscht: %1</translation>
    </message>
    <message>
        <source>To import into Bitwarden: use Bitwarden&apos;s import, choose Bitwarden&apos;s own CSV format and pick the file above.</source>
        <translation>So importieren Sie in Bitwarden: Verwenden Sie den Import von Bitwarden, wählen Sie das eigene CSV-Format von Bitwarden und geben Sie die Datei oben an.</translation>
    </message>
    <message>
        <source>To import into KeePassXC: use its CSV import, pick the file above, and confirm that the first row holds the field names.</source>
        <translation>So importieren Sie in KeePassXC: Verwenden Sie den CSV-Import, wählen Sie die Datei oben und bestätigen Sie, dass die erste Zeile die Feldnamen enthält.</translation>
    </message>
    <message>
        <source>To import into Google Password Manager: use its import of passwords and pick the file above. Google takes at most 3,000 rows per file.</source>
        <translation>So importieren Sie in den Google Passwortmanager: Verwenden Sie dort den Import von Passwörtern und wählen Sie die Datei oben. Google nimmt höchstens 3.000 Zeilen pro Datei an.</translation>
    </message>
    <message>
        <source>a note: %1&apos;s CSV holds only passwords for websites</source>
        <translation>eine Notiz: Die CSV-Datei von %1 nimmt nur Passwörter für Websites auf</translation>
    </message>
    <message>
        <source>the website address</source>
        <translation>die Website-Adresse</translation>
    </message>
    <message>
        <source>a website address (it is not a website entry)</source>
        <translation>eine Website-Adresse (es ist kein Website-Eintrag)</translation>
    </message>
    <message>
        <source>the user name</source>
        <translation>der Benutzername</translation>
    </message>
    <message>
        <source>the password</source>
        <translation>das Passwort</translation>
    </message>
    <message>
        <source>it lacks %1, which %2 requires</source>
        <translation>es fehlt, was %2 verlangt: %1</translation>
    </message>
    <message numerus="yes">
        <source>The login name (an alias of the account) is in the notes of %n entries: %1&apos;s CSV has no column for it.</source>
        <translation>
            <numerusform>Der Anmeldename (ein Alias des Kontos) steht bei %n Eintrag in den Notizen: Die CSV-Datei von %1 hat keine Spalte dafür.</numerusform>
            <numerusform>Der Anmeldename (ein Alias des Kontos) steht bei %n Einträgen in den Notizen: Die CSV-Datei von %1 hat keine Spalte dafür.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The Kaspersky section (Applications or Other accounts) is in the notes of %n entries: %1&apos;s CSV has no column for it.</source>
        <translation>
            <numerusform>Der Kaspersky-Abschnitt (Anwendungen oder Andere Konten) steht bei %n Eintrag in den Notizen: Die CSV-Datei von %1 hat keine Spalte dafür.</numerusform>
            <numerusform>Der Kaspersky-Abschnitt (Anwendungen oder Andere Konten) steht bei %n Einträgen in den Notizen: Die CSV-Datei von %1 hat keine Spalte dafür.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries from Notes became items with a title and notes only: %1&apos;s CSV has no note type.</source>
        <translation>
            <numerusform>%n Eintrag aus Notizen wurde zu einem Element mit nur Titel und Notizen: Die CSV-Datei von %1 kennt keinen Notiztyp.</numerusform>
            <numerusform>%n Einträge aus Notizen wurden zu Elementen mit nur Titel und Notizen: Die CSV-Datei von %1 kennt keinen Notiztyp.</numerusform>
        </translation>
    </message>
    <message>
        <source>the file is UTF-16 or UTF-32 text, but the export is UTF-8; export it again from Kaspersky Password Manager rather than re-saving it in an editor</source>
        <translation>die Datei ist UTF-16- oder UTF-32-Text, der Export ist aber UTF-8; exportieren Sie ihn erneut aus Kaspersky Password Manager, statt ihn in einem Editor neu zu speichern</translation>
    </message>
    <message>
        <source>the file holds binary data, so it is not the text export; the encrypted backup (.edb or .pdb) cannot be converted</source>
        <translation>die Datei enthält Binärdaten, ist also nicht der Textexport; das verschlüsselte Backup (.edb oder .pdb) kann nicht umgewandelt werden</translation>
    </message>
    <message>
        <source>the text is not UTF-8 (was it re-saved in another encoding?)</source>
        <translation>der Text ist nicht UTF-8 (wurde er in einer anderen Kodierung neu gespeichert?)</translation>
    </message>
    <message>
        <source>a line that is not “Key: value” (not shown, since it may hold a secret)</source>
        <translation>eine Zeile, die nicht die Form „Schlüssel: Wert“ hat (nicht angezeigt, da sie ein Geheimnis enthalten kann)</translation>
    </message>
    <message>
        <source>the file has no English section titles (Websites, Applications, Other Accounts, Notes); only exports made in English can be read for now</source>
        <translation>die Datei hat keine englischen Abschnittsüberschriften (Websites, Applications, Other Accounts, Notes); vorerst können nur auf Englisch erstellte Exporte gelesen werden</translation>
    </message>
    <message>
        <source>“%1” comes before any section title (Websites, Applications, Other Accounts, Notes)</source>
        <translation>„%1“ steht vor der ersten Abschnittsüberschrift (Websites, Applications, Other Accounts, Notes)</translation>
    </message>
    <message>
        <source>“%1” is not a key Offramp knows; only exports made in English can be read for now</source>
        <translation>„%1“ ist kein Schlüssel, den Offramp kennt; vorerst können nur auf Englisch erstellte Exporte gelesen werden</translation>
    </message>
    <message>
        <source>“%1” appears twice in one entry</source>
        <translation>„%1“ kommt in einem Eintrag zweimal vor</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Offramp cannot start</source>
        <translation>Offramp kann nicht starten</translation>
    </message>
    <message>
        <source>Offramp’s built-in catalog is damaged. Please download Offramp again.</source>
        <translation>Der in Offramp eingebaute Katalog ist beschädigt. Bitte laden Sie Offramp erneut herunter.</translation>
    </message>
</context>
<context>
    <name>RemovalTask</name>
    <message>
        <source>Offramp started its removal program the wrong way, so nothing was removed. This is a fault in Offramp: please report it, with the details below.</source>
        <translation>Offramp hat sein Entfernungsprogramm falsch gestartet, daher wurde nichts entfernt. Das ist ein Fehler in Offramp: Bitte melden Sie ihn mit den Details unten.</translation>
    </message>
    <message>
        <source>The removal program could not read what it needs on this computer (a damaged database or file, or a folder that is missing), so nothing was removed. The details below say which; once that is mended, press Remove now again.</source>
        <translation>Das Entfernungsprogramm konnte nicht lesen, was es auf diesem Computer braucht (eine beschädigte Datenbank oder Datei oder ein fehlender Ordner), daher wurde nichts entfernt. Die Details unten sagen, was; sobald das behoben ist, klicken Sie erneut auf „Jetzt entfernen“.</translation>
    </message>
    <message>
        <source>The removal program stopped before it began, so nothing was removed. Press Remove now to try again; if it stops again, show the details below to someone who can help.</source>
        <translation>Das Entfernungsprogramm hat angehalten, bevor es begann, daher wurde nichts entfernt. Klicken Sie auf „Jetzt entfernen“, um es erneut zu versuchen; wenn es wieder anhält, zeigen Sie die Details unten jemandem, der helfen kann.</translation>
    </message>
    <message>
        <source>The removal program stopped unexpectedly (exit code %1) before it wrote down what it did. Press Remove now to try again; if it stops again, show the details below to someone who can help.</source>
        <translation>Das Entfernungsprogramm hat unerwartet angehalten (Exit-Code %1), bevor es festhielt, was es getan hat. Klicken Sie auf „Jetzt entfernen“, um es erneut zu versuchen; wenn es wieder anhält, zeigen Sie die Details unten jemandem, der helfen kann.</translation>
    </message>
    <message>
        <source>The removal program could not be started with administrator rights, so nothing was removed. Press Remove now to try again; the details below say what the system answered.</source>
        <translation>Das Entfernungsprogramm konnte nicht mit Administratorrechten gestartet werden, daher wurde nichts entfernt. Klicken Sie auf „Jetzt entfernen“, um es erneut zu versuchen; die Details unten sagen, was das System geantwortet hat.</translation>
    </message>
    <message>
        <source>The removal program could not be started, so nothing was removed. Press Remove now to try again; the details below say what the system answered.</source>
        <translation>Das Entfernungsprogramm konnte nicht gestartet werden, daher wurde nichts entfernt. Klicken Sie auf „Jetzt entfernen“, um es erneut zu versuchen; die Details unten sagen, was das System geantwortet hat.</translation>
    </message>
    <message>
        <source>The removal could not start: %1</source>
        <translation>Das Entfernen konnte nicht starten: %1</translation>
    </message>
</context>
<context>
    <name>RemovePage</name>
    <message>
        <source>I have saved what I need, and I want to remove these products</source>
        <translation>Ich habe gesichert, was ich brauche, und möchte diese Produkte entfernen</translation>
    </message>
    <message>
        <source>&amp;Remove now</source>
        <translation>&amp;Jetzt entfernen</translation>
    </message>
    <message>
        <source>Remove Kaspersky</source>
        <translation>Kaspersky entfernen</translation>
    </message>
    <message>
        <source>Removal plan</source>
        <translation>Plan zum Entfernen</translation>
    </message>
    <message>
        <source>Remove the listed products now</source>
        <translation>Die aufgeführten Produkte jetzt entfernen</translation>
    </message>
    <message>
        <source>Removal progress</source>
        <translation>Fortschritt beim Entfernen</translation>
    </message>
    <message>
        <source>Nothing needs removing.</source>
        <translation>Es muss nichts entfernt werden.</translation>
    </message>
    <message>
        <source>No banned product is installed, so there is nothing to remove.</source>
        <translation>Es ist kein verbotenes Produkt installiert, daher gibt es nichts zu entfernen.</translation>
    </message>
    <message>
        <source>This is a demonstration: the removal is only simulated and nothing on this computer changes.</source>
        <translation>Dies ist eine Demo: Das Entfernen wird nur simuliert, und auf diesem Computer ändert sich nichts.</translation>
    </message>
    <message>
        <source>Remove the package %1 (%2)</source>
        <translation>Paket %1 entfernen (%2)</translation>
    </message>
    <message>
        <source>Run the uninstaller of %1</source>
        <translation>Deinstallationsprogramm von %1 ausführen</translation>
    </message>
    <message>
        <source>Run the uninstaller of %1 for the account %2</source>
        <translation>Deinstallationsprogramm von %1 für das Konto %2 ausführen</translation>
    </message>
    <message>
        <source>Run Kaspersky&apos;s own uninstall script for %1</source>
        <translation>Eigenes Deinstallationsskript von Kaspersky für %1 ausführen</translation>
    </message>
    <message>
        <source>Remove %1 with its own uninstaller: Offramp knows no safe way to do it</source>
        <translation>Entfernen Sie %1 mit seinem eigenen Deinstallationsprogramm: Offramp kennt keinen sicheren Weg dafür</translation>
    </message>
    <message>
        <source>needs the Kaspersky administrator&apos;s user name and password, if one was set</source>
        <translation>benötigt Benutzername und Passwort des Kaspersky-Administrators, falls festgelegt</translation>
    </message>
    <message>
        <source>needs the Network Agent&apos;s uninstall password, if one was set</source>
        <translation>benötigt das Deinstallationspasswort des Administrationsagenten (Network Agent), falls festgelegt</translation>
    </message>
    <message>
        <source>asks for this computer&apos;s administrator password</source>
        <translation>fragt nach dem Administratorpasswort dieses Computers</translation>
    </message>
    <message>
        <source>needs a restart to finish</source>
        <translation>benötigt zum Abschluss einen Neustart</translation>
    </message>
    <message>
        <source>may ask to restart the computer</source>
        <translation>kann einen Neustart des Computers verlangen</translation>
    </message>
    <message>
        <source>removing…</source>
        <translation>wird entfernt…</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>already gone</source>
        <translation>nicht mehr vorhanden</translation>
    </message>
    <message>
        <source>removed; restart to finish</source>
        <translation>entfernt; zum Abschluss neu starten</translation>
    </message>
    <message>
        <source>did not work</source>
        <translation>hat nicht funktioniert</translation>
    </message>
    <message>
        <source>left for you to remove</source>
        <translation>von Ihnen zu entfernen</translation>
    </message>
    <message>
        <source>%1 (simulated)</source>
        <translation>%1 (simuliert)</translation>
    </message>
    <message>
        <source>Re&amp;start the computer now</source>
        <translation>Computer jetzt &amp;neu starten</translation>
    </message>
    <message>
        <source>Restart the computer now to finish the removal</source>
        <translation>Computer jetzt neu starten, um das Entfernen abzuschließen</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Your documents and other files are never touched.</source>
        <translation>Ihre Dokumente und anderen Dateien werden nie angetastet.</translation>
    </message>
    <message>
        <source>Offramp removes the products below, in this order, with their vendor&apos;s own uninstallers, and records every step so that it can always finish.</source>
        <translation>Offramp entfernt die Produkte unten nacheinander mit den Deinstallationsprogrammen ihrer Hersteller und protokolliert jeden Schritt, damit es immer zu Ende kommt.</translation>
    </message>
    <message>
        <source>When you press Remove now, your system asks for the administrator password. The removal can take several minutes; do not turn the computer off.</source>
        <translation>Wenn Sie auf „Jetzt entfernen“ klicken, fragt Ihr System nach dem Administratorpasswort. Das Entfernen kann einige Minuten dauern; schalten Sie den Computer nicht aus.</translation>
    </message>
    <message>
        <source>Removing… Please wait and keep the computer on.</source>
        <translation>Wird entfernt… Bitte warten Sie und lassen Sie den Computer eingeschaltet.</translation>
    </message>
    <message>
        <source>Nothing was removed: the administrator password was not given. Press Remove now to try again.</source>
        <translation>Es wurde nichts entfernt: Das Administratorpasswort wurde nicht eingegeben. Klicken Sie auf „Jetzt entfernen“, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>The removal could not start: %1</source>
        <translation>Das Entfernen konnte nicht starten: %1</translation>
    </message>
    <message numerus="yes">
        <source>Done (simulated): %n product(s) removed.</source>
        <translation>
            <numerusform>Fertig (simuliert): %n Produkt entfernt.</numerusform>
            <numerusform>Fertig (simuliert): %n Produkte entfernt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done: %n product(s) removed. The next page checks this computer again.</source>
        <translation>
            <numerusform>Fertig: %n Produkt entfernt. Die nächste Seite prüft diesen Computer erneut.</numerusform>
            <numerusform>Fertig: %n Produkte entfernt. Die nächste Seite prüft diesen Computer erneut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done (simulated): %n product(s) removed. On a real computer, a restart would finish the removal.</source>
        <translation>
            <numerusform>Fertig (simuliert): %n Produkt entfernt. Auf einem echten Computer würde ein Neustart das Entfernen abschließen.</numerusform>
            <numerusform>Fertig (simuliert): %n Produkte entfernt. Auf einem echten Computer würde ein Neustart das Entfernen abschließen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed. Restart the computer to finish: Offramp opens again after the restart and checks that everything is gone.</source>
        <translation>Entfernt. Starten Sie den Computer neu, um abzuschließen: Offramp öffnet sich nach dem Neustart wieder und prüft, ob alles entfernt ist.</translation>
    </message>
    <message>
        <source>Removed. Restart the computer to finish, then open Offramp again to check that everything is gone.</source>
        <translation>Entfernt. Starten Sie den Computer neu, um abzuschließen, und öffnen Sie Offramp dann erneut, um zu prüfen, ob alles entfernt ist.</translation>
    </message>
    <message>
        <source>Offramp removed what it could. Remove the rest with its own uninstaller, then go on: the next page checks this computer again.</source>
        <translation>Offramp hat entfernt, was es konnte. Entfernen Sie den Rest mit dessen eigenem Deinstallationsprogramm und fahren Sie dann fort: Die nächste Seite prüft diesen Computer erneut.</translation>
    </message>
    <message>
        <source>The computer could not be restarted from here: restart it from the system menu.</source>
        <translation>Der Computer konnte nicht von hier aus neu gestartet werden: Starten Sie ihn über das Systemmenü neu.</translation>
    </message>
    <message>
        <source>It was interrupted.</source>
        <translation>Es wurde unterbrochen.</translation>
    </message>
    <message>
        <source>The removal did not finish. %1
Nothing was lost. Once that is dealt with, press Remove now to try again, or go on to check this computer.</source>
        <translation>Das Entfernen wurde nicht abgeschlossen. %1
Es ist nichts verloren gegangen. Sobald das erledigt ist, klicken Sie auf „Jetzt entfernen“, um es erneut zu versuchen, oder fahren Sie fort, um diesen Computer zu prüfen.</translation>
    </message>
    <message>
        <source>Kaspersky administrator’s &amp;user name:</source>
        <translation>&amp;Benutzername des Kaspersky-Administrators:</translation>
    </message>
    <message>
        <source>Uninstall &amp;password:</source>
        <translation>Deinstallations&amp;passwort:</translation>
    </message>
    <message>
        <source>Only if one was set when Kaspersky was installed (at work, ask whoever looks after the computers). Leave it empty otherwise. Offramp hands it to the uninstaller and keeps it nowhere.</source>
        <translation>Nur falls bei der Installation von Kaspersky eines festgelegt wurde (bei der Arbeit fragen Sie die Person, die die Computer betreut). Lassen Sie das Feld sonst leer. Offramp übergibt es an das Deinstallationsprogramm und speichert es nirgends.</translation>
    </message>
    <message>
        <source>When you press Remove now, Windows asks whether Offramp may make changes to this computer: choose Yes (it may ask for an administrator’s password). The removal can take several minutes; do not turn the computer off.</source>
        <translation>Wenn Sie auf „Jetzt entfernen“ klicken, fragt Windows, ob Offramp Änderungen an diesem Computer vornehmen darf: Wählen Sie „Ja“ (eventuell wird nach dem Passwort eines Administrators gefragt). Das Entfernen kann einige Minuten dauern; schalten Sie den Computer nicht aus.</translation>
    </message>
    <message>
        <source>Nothing was removed, because the change was not allowed when Windows asked. Nothing is lost; press Remove now to try again when you are ready.</source>
        <translation>Es wurde nichts entfernt, weil die Änderung nicht zugelassen wurde, als Windows gefragt hat. Es ist nichts verloren; klicken Sie auf „Jetzt entfernen“, um es erneut zu versuchen, sobald Sie bereit sind.</translation>
    </message>
    <message>
        <source>An earlier removal was interrupted before it could finish. Press Remove now to finish it: Offramp starts where it stopped.</source>
        <translation>Ein früheres Entfernen wurde unterbrochen, bevor es abgeschlossen war. Klicken Sie auf „Jetzt entfernen“, um es abzuschließen: Offramp macht dort weiter, wo es aufgehört hat.</translation>
    </message>
    <message numerus="yes">
        <source>at most %n minute(s)</source>
        <translation>
            <numerusform>höchstens %n Minute</numerusform>
            <numerusform>höchstens %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>The uninstaller that Offramp started before is still running: waiting for it to finish (%1). Please keep the computer on.</source>
        <translation>Das Deinstallationsprogramm, das Offramp zuvor gestartet hat, läuft noch: Es wird gewartet, bis es fertig ist (%1). Bitte lassen Sie den Computer eingeschaltet.</translation>
    </message>
    <message>
        <source>The uninstaller that Offramp started before is still running: waiting for it to finish (%1 so far, %2). Please keep the computer on.</source>
        <translation>Das Deinstallationsprogramm, das Offramp zuvor gestartet hat, läuft noch: Es wird gewartet, bis es fertig ist (bisher %1, %2). Bitte lassen Sie den Computer eingeschaltet.</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>waiting for the uninstaller started before…</source>
        <translation>wartet auf das zuvor gestartete Deinstallationsprogramm…</translation>
    </message>
    <message>
        <source>&amp;Go back and save my passwords</source>
        <translation>Zurück und meine Passwörter &amp;sichern</translation>
    </message>
    <message>
        <source>Go back to Save your data and save my passwords</source>
        <translation>Zurück zu „Ihre Daten sichern“, um meine Passwörter zu sichern</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your passwords are not saved.&lt;/b&gt; Removing Kaspersky Password Manager loses the passwords kept in it: no other program can open its vault. Go back to save them first.</source>
        <translation>&lt;b&gt;Ihre Passwörter sind nicht gesichert.&lt;/b&gt; Wenn Kaspersky Password Manager entfernt wird, gehen die darin gespeicherten Passwörter verloren: Kein anderes Programm kann seinen Tresor öffnen. Gehen Sie zurück, um sie zuerst zu sichern.</translation>
    </message>
    <message>
        <source>Another removal is already running on this computer (in another Offramp window, or offramp-cli in a terminal), so this one did not start: nothing was changed and nothing is lost. Wait until it has finished, then press Remove now again.</source>
        <translation>Auf diesem Computer läuft bereits eine andere Entfernung (in einem anderen Offramp-Fenster oder offramp-cli in einem Terminal), daher wurde diese nicht gestartet: Es wurde nichts geändert und nichts geht verloren. Warten Sie, bis sie beendet ist, und klicken Sie dann erneut auf „Jetzt entfernen“.</translation>
    </message>
    <message>
        <source>The file at the place of the removal’s record, “%1”, was not a record Offramp can read. Offramp did not write over it: it is kept, unchanged, as “%2”, and a new record was started. Nothing was lost.</source>
        <translation>Die Datei am Ort des Protokolls der Entfernung, „%1“, war kein Protokoll, das Offramp lesen kann. Offramp hat sie nicht überschrieben: Sie ist unverändert als „%2“ aufbewahrt, und ein neues Protokoll wurde begonnen. Es ist nichts verloren.</translation>
    </message>
    <message>
        <source>What is not banned is not removed: %1. To remove one anyway, use its own uninstaller.</source>
        <translation>Was nicht verboten ist, wird nicht entfernt: %1. Wenn Sie eines davon trotzdem entfernen möchten, verwenden Sie sein eigenes Deinstallationsprogramm.</translation>
    </message>
    <message>
        <source>Left alone, because only leftovers remain: %1. Offramp never deletes files, drivers or registry keys by hand; the next page lists what remains.</source>
        <translation>Nicht angetastet, weil nur Reste übrig sind: %1. Offramp löscht Dateien, Treiber oder Registrierungsschlüssel nie von Hand; die nächste Seite zeigt, was übrig bleibt.</translation>
    </message>
</context>
<context>
    <name>RescueSection</name>
    <message>
        <source>Save a copy of these files</source>
        <translation>Kopie dieser Dateien sichern</translation>
    </message>
    <message>
        <source>Choose a &amp;folder…</source>
        <translation>&amp;Ordner wählen…</translation>
    </message>
    <message>
        <source>Save a &amp;copy</source>
        <translation>&amp;Kopie sichern</translation>
    </message>
    <message>
        <source>Cancel cop&amp;ying</source>
        <translation>Kopieren a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Folder to save the copy in</source>
        <translation>Ordner für die Kopie</translation>
    </message>
    <message>
        <source>A new or empty folder, on a USB drive if you can</source>
        <translation>Ein neuer oder leerer Ordner, wenn möglich auf einem USB-Laufwerk</translation>
    </message>
    <message>
        <source>Choose the folder to save the copy in</source>
        <translation>Ordner für die Kopie wählen</translation>
    </message>
    <message>
        <source>Cancel copying</source>
        <translation>Kopieren abbrechen</translation>
    </message>
    <message>
        <source>Copy progress</source>
        <translation>Fortschritt des Kopierens</translation>
    </message>
    <message>
        <source>Save the copy &amp;in:</source>
        <translation>Kopie sichern &amp;in:</translation>
    </message>
    <message>
        <source>Checking every copy against its original…</source>
        <translation>Jede Kopie wird mit ihrem Original verglichen…</translation>
    </message>
    <message>
        <source>Copying… %1</source>
        <translation>Kopieren… %1</translation>
    </message>
    <message>
        <source>Offramp knows of no files to copy on this kind of computer: save what is listed above by hand.</source>
        <translation>Offramp kennt auf dieser Art von Computer keine Dateien zum Kopieren: Sichern Sie von Hand, was oben aufgeführt ist.</translation>
    </message>
    <message>
        <source>This is a demonstration computer: it has no real files, so nothing can be copied here. On a real computer, Offramp copies these files into a folder you choose and checks every copy: %1.</source>
        <translation>Dies ist ein Demo-Computer: Er hat keine echten Dateien, daher kann hier nichts kopiert werden. Auf einem echten Computer kopiert Offramp diese Dateien in einen Ordner Ihrer Wahl und prüft jede Kopie: %1.</translation>
    </message>
    <message>
        <source>Offramp can copy these files into a folder you choose, with a list of their checksums, and then check every copy: %1. The originals are only read.</source>
        <translation>Offramp kann diese Dateien zusammen mit einer Liste ihrer Prüfsummen in einen Ordner Ihrer Wahl kopieren und dann jede Kopie prüfen: %1. Die Originale werden nur gelesen.</translation>
    </message>
    <message>
        <source>Choose where to save the copy</source>
        <translation>Speicherort für die Kopie wählen</translation>
    </message>
    <message>
        <source>Kaspersky rescue %1</source>
        <translation>Kaspersky-Sicherung %1</translation>
    </message>
    <message>
        <source>Looking for the files…</source>
        <translation>Dateien werden gesucht…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird angehalten…</translation>
    </message>
    <message>
        <source>Stopped. The originals are untouched. %1 holds the copies made so far, but it is not a finished copy: press Save a copy again with the same folder to finish it.</source>
        <translation>Angehalten. Die Originale sind unverändert. %1 enthält die bisher erstellten Kopien, ist aber keine fertige Kopie: Klicken Sie mit demselben Ordner erneut auf „Kopie sichern“, um sie fertigzustellen.</translation>
    </message>
    <message>
        <source>Offramp found none of these files on this computer, so there was nothing to copy. %1 holds the record of the products found.</source>
        <translation>Offramp hat keine dieser Dateien auf diesem Computer gefunden, daher gab es nichts zu kopieren. %1 enthält die Aufzeichnung der gefundenen Produkte.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) saved in %1 (%2) and checked: every copy matches its original.</source>
        <translation>
            <numerusform>%n Datei in %1 (%2) gesichert und geprüft: Die Kopie stimmt mit ihrem Original überein.</numerusform>
            <numerusform>%n Dateien in %1 (%2) gesichert und geprüft: Jede Kopie stimmt mit ihrem Original überein.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) saved in %1, but the check found copies that do not match. Press Save a copy again to copy them anew:</source>
        <translation>
            <numerusform>%n Datei in %1 gesichert, aber die Prüfung hat Kopien gefunden, die nicht übereinstimmen. Klicken Sie erneut auf „Kopie sichern“, um sie neu zu kopieren:</numerusform>
            <numerusform>%n Dateien in %1 gesichert, aber die Prüfung hat Kopien gefunden, die nicht übereinstimmen. Klicken Sie erneut auf „Kopie sichern“, um sie neu zu kopieren:</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: %1.</source>
        <translation>Warnung: %1.</translation>
    </message>
    <message>
        <source>These were not copied:</source>
        <translation>Diese wurden nicht kopiert:</translation>
    </message>
    <message>
        <source>the files Kaspersky products leave behind, in the places Offramp knows of</source>
        <translation>die Dateien, die Kaspersky-Produkte zurücklassen, an den Orten, die Offramp kennt</translation>
    </message>
    <message>
        <source>%1; and what other Kaspersky products leave behind, in the places Offramp knows of</source>
        <translation>%1; und was andere Kaspersky-Produkte zurücklassen, an den Orten, die Offramp kennt</translation>
    </message>
</context>
<context>
    <name>RescueTask</name>
    <message>
        <source>The disk is full: %1. Nothing is lost: the originals are untouched and the copies already made are complete, but the copy is not finished. Free some space there, or choose a folder on a disk with more room (a USB drive, for example), then press Save a copy again: it carries on where it stopped.</source>
        <translation>Der Datenträger ist voll: %1. Es ist nichts verloren: Die Originale sind unverändert und die bereits erstellten Kopien vollständig, aber die Kopie ist nicht fertig. Schaffen Sie dort Platz oder wählen Sie einen Ordner auf einem Datenträger mit mehr Platz (zum Beispiel einem USB-Laufwerk), und klicken Sie dann erneut auf „Kopie sichern“: Es geht dort weiter, wo es aufgehört hat.</translation>
    </message>
    <message>
        <source>The copy could not be written: %1. The originals are untouched, but the copy is not finished. Make sure you may write to that folder, or choose another one, then press Save a copy again.</source>
        <translation>Die Kopie konnte nicht geschrieben werden: %1. Die Originale sind unverändert, aber die Kopie ist nicht fertig. Prüfen Sie, ob Sie in diesen Ordner schreiben dürfen, oder wählen Sie einen anderen, und klicken Sie dann erneut auf „Kopie sichern“.</translation>
    </message>
    <message>
        <source>Nothing was copied: %1. Choose a new or empty folder.</source>
        <translation>Es wurde nichts kopiert: %1. Wählen Sie einen neuen oder leeren Ordner.</translation>
    </message>
    <message>
        <source>Nothing was copied: %1. That folder holds an earlier copy that cannot be read; move it away (it may hold copies you need) and choose a new folder.</source>
        <translation>Es wurde nichts kopiert: %1. Dieser Ordner enthält eine frühere Kopie, die nicht gelesen werden kann; verschieben Sie sie an einen anderen Ort (sie kann Kopien enthalten, die Sie brauchen), und wählen Sie einen neuen Ordner.</translation>
    </message>
    <message>
        <source>Nothing was copied: %1.</source>
        <translation>Es wurde nichts kopiert: %1.</translation>
    </message>
    <message>
        <source>%1 of %2 copied</source>
        <translation>%1 von %2 kopiert</translation>
    </message>
    <message>
        <source>%1: it is a link; Offramp copies only files themselves</source>
        <translation>%1: Es ist eine Verknüpfung; Offramp kopiert nur die Dateien selbst</translation>
    </message>
    <message>
        <source>%1: it leads outside the computer&apos;s files</source>
        <translation>%1: Es führt aus den Dateien des Computers hinaus</translation>
    </message>
    <message>
        <source>%1: its name cannot be kept in the copy; copy it by hand</source>
        <translation>%1: Der Name kann in der Kopie nicht beibehalten werden; kopieren Sie es von Hand</translation>
    </message>
    <message>
        <source>%1: the copy is missing</source>
        <translation>%1: Die Kopie fehlt</translation>
    </message>
    <message>
        <source>%1: the copy is not a file</source>
        <translation>%1: Die Kopie ist keine Datei</translation>
    </message>
    <message>
        <source>%1: the copy differs from the original (changed or damaged)</source>
        <translation>%1: Die Kopie weicht vom Original ab (geändert oder beschädigt)</translation>
    </message>
    <message>
        <source>the copy of %1 that an earlier rescue made is no longer in %2, and the original was not found this time</source>
        <translation>die Kopie von %1, die eine frühere Sicherung erstellt hat, ist nicht mehr in %2, und das Original wurde diesmal nicht gefunden</translation>
    </message>
    <message>
        <source>The copy could not be made: %1 The originals are untouched.</source>
        <translation>Die Kopie konnte nicht erstellt werden: %1 Die Originale sind unverändert.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1: the folder could not be read completely</source>
        <translation>%1: Der Ordner konnte nicht vollständig gelesen werden</translation>
    </message>
    <message>
        <source>%1: it could not be read</source>
        <translation>%1: Es konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1: the copy could not be read</source>
        <translation>%1: Die Kopie konnte nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>RulesPage</name>
    <message>
        <source>What the rules say</source>
        <translation>Was die Regeln sagen</translation>
    </message>
    <message>
        <source>The rules about Kaspersky where you live, and where each one stands today.</source>
        <translation>Die Regeln zu Kaspersky dort, wo Sie wohnen, und der heutige Stand jeder Regel.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>Who it binds: %1</source>
        <translation>Verbindlich für: %1</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Quellen:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Using Kaspersky is not a crime.&lt;/b&gt; None of these rules binds a person who uses it at home.</source>
        <translation>&lt;b&gt;Kaspersky zu nutzen ist keine Straftat.&lt;/b&gt; Keine dieser Regeln ist für eine Person verbindlich, die es zu Hause nutzt.</translation>
    </message>
    <message>
        <source>But since %1 it may no longer be sold or updated here, and without updates its protection falls further behind every day. Moving to another product is the safe choice.</source>
        <translation>Aber seit dem %1 darf es hier nicht mehr verkauft oder aktualisiert werden, und ohne Updates fällt sein Schutz jeden Tag weiter zurück. Der Wechsel zu einem anderen Produkt ist die sichere Wahl.</translation>
    </message>
    <message>
        <source>But it may no longer be sold here, and more of the ban takes effect on %1.</source>
        <translation>Aber es darf hier nicht mehr verkauft werden, und am %1 tritt das Verbot in weiteren Teilen in Kraft.</translation>
    </message>
    <message>
        <source>Here the rules bind governments and some organizations; for everyone else they are advice.</source>
        <translation>Hier sind die Regeln für Regierungen und einige Organisationen verbindlich; für alle anderen sind sie Ratschläge.</translation>
    </message>
    <message>
        <source>My country is not listed</source>
        <translation>Mein Land ist nicht aufgeführt</translation>
    </message>
    <message>
        <source>&lt;b&gt;Offramp knows of no rule on Kaspersky in your country.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Offramp kennt in Ihrem Land keine Regel zu Kaspersky.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Offramp knows of no rule on Kaspersky in %1.&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1: Offramp kennt in diesem Land keine Regel zu Kaspersky.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Nothing it knows of stops Kaspersky from being sold or updated there, or makes it an offence to keep using it. Whether to move to another product is your choice.</source>
        <translation>Nichts, was Offramp kennt, verhindert, dass Kaspersky dort verkauft oder aktualisiert wird, oder macht die weitere Nutzung zu einem Verstoß. Ob Sie zu einem anderen Produkt wechseln, entscheiden Sie selbst.</translation>
    </message>
    <message>
        <source>US citizens living abroad are covered by the US ban wherever they are: Kaspersky may not sell to them or send them updates. To read it, choose “%1” above.</source>
        <translation>US-Bürger, die im Ausland leben, fallen, wo immer sie sind, unter das US-Verbot: Kaspersky darf ihnen nichts verkaufen und keine Updates schicken. Um es zu lesen, wählen Sie oben „%1“.</translation>
    </message>
    <message>
        <source>But a ban here has been decided: it takes effect on %1.</source>
        <translation>Aber hier wurde ein Verbot beschlossen: Es tritt am %1 in Kraft.</translation>
    </message>
    <message>
        <source>What this means for you</source>
        <translation>Was das für Sie bedeutet</translation>
    </message>
    <message numerus="yes">
        <source>Rules for governments and companies (%n)</source>
        <translation>
            <numerusform>Regeln für Regierungen und Unternehmen (%n)</numerusform>
            <numerusform>Regeln für Regierungen und Unternehmen (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Here there is only official advice, which binds no one; what it recommends is below.</source>
        <translation>Hier gibt es nur behördliche Empfehlungen, die niemanden verpflichten; was sie empfehlen, steht unten.</translation>
    </message>
</context>
<context>
    <name>SaveDataPage</name>
    <message>
        <source>Save your data</source>
        <translation>Ihre Daten sichern</translation>
    </message>
    <message>
        <source>Removing Kaspersky deletes what it keeps. Save what you need first.</source>
        <translation>Beim Entfernen von Kaspersky wird gelöscht, was es gespeichert hat. Sichern Sie zuerst, was Sie brauchen.</translation>
    </message>
    <message>
        <source>Where it is:</source>
        <translation>Wo es gespeichert ist:</translation>
    </message>
    <message>
        <source>How to save it:</source>
        <translation>So sichern Sie es:</translation>
    </message>
    <message>
        <source>If you skip this:</source>
        <translation>Wenn Sie das überspringen:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Quelle:</translation>
    </message>
    <message>
        <source>I have saved this, or I do not need it</source>
        <translation>Ich habe das gesichert oder brauche es nicht</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Gesichert: %1</translation>
    </message>
    <message>
        <source>Nothing that Offramp knows of needs saving before removal.</source>
        <translation>Soweit Offramp bekannt, muss vor dem Entfernen nichts gesichert werden.</translation>
    </message>
    <message>
        <source>I have a &amp;Password Manager export</source>
        <translation>Ich habe einen Export aus &amp;Password Manager</translation>
    </message>
    <message>
        <source>I have a Kaspersky Password Manager export: show the password hand-over</source>
        <translation>Ich habe einen Export aus Kaspersky Password Manager: Übergabe der Passwörter anzeigen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Save your passwords first.&lt;/b&gt; Kaspersky Password Manager is on this computer. Once it is removed, the passwords kept in it are lost: no other program can open its vault. Save them now, with the steps below.</source>
        <translation>&lt;b&gt;Sichern Sie zuerst Ihre Passwörter.&lt;/b&gt; Kaspersky Password Manager ist auf diesem Computer. Sobald er entfernt ist, sind die darin gespeicherten Passwörter verloren: Kein anderes Programm kann seinen Tresor öffnen. Sichern Sie sie jetzt mit den Schritten unten.</translation>
    </message>
    <message>
        <source>Did you use Kaspersky Password Manager, on this computer or another one, and export your passwords to a text file? Offramp can turn that file into one your new password manager imports.</source>
        <translation>Haben Sie Kaspersky Password Manager auf diesem oder einem anderen Computer genutzt und Ihre Passwörter in eine Textdatei exportiert? Offramp kann diese Datei in eine umwandeln, die Ihr neuer Passwort-Manager importiert.</translation>
    </message>
    <message>
        <source>Saved, or not needed</source>
        <translation>Gesichert oder nicht nötig</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Noch nicht gesichert</translation>
    </message>
    <message>
        <source>Kaspersky is not installed here any more. You can still save what it left behind.</source>
        <translation>Kaspersky ist hier nicht mehr installiert. Sie können trotzdem noch sichern, was es zurückgelassen hat.</translation>
    </message>
    <message>
        <source>No Kaspersky product is installed here, so there is nothing to save before a removal.</source>
        <translation>Hier ist kein Kaspersky-Produkt installiert, daher muss vor einem Entfernen nichts gesichert werden.</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Quellen:</translation>
    </message>
</context>
<context>
    <name>ScanPage</name>
    <message>
        <source>What is on this computer</source>
        <translation>Was auf diesem Computer ist</translation>
    </message>
    <message>
        <source>Scan progress</source>
        <translation>Fortschritt der Suche</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Products found</source>
        <translation>Gefundene Produkte</translation>
    </message>
    <message>
        <source>Looking for Kaspersky products…</source>
        <translation>Kaspersky-Produkte werden gesucht…</translation>
    </message>
    <message>
        <source>Nothing was changed. You can close Offramp and try again, or ask for help.</source>
        <translation>Es wurde nichts geändert. Sie können Offramp schließen und es erneut versuchen oder um Hilfe bitten.</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Installiert</translation>
    </message>
    <message>
        <source>Leftovers only</source>
        <translation>Nur Reste</translation>
    </message>
    <message>
        <source>Show &amp;details: where each product was found</source>
        <translation>&amp;Details zeigen: wo jedes Produkt gefunden wurde</translation>
    </message>
    <message>
        <source>Offramp looks for Kaspersky products and what they left behind. Nothing is changed.</source>
        <translation>Offramp sucht nach Kaspersky-Produkten und dem, was sie zurückgelassen haben. Es wird nichts geändert.</translation>
    </message>
    <message>
        <source>(account %1)</source>
        <translation>(Konto %1)</translation>
    </message>
    <message>
        <source>not banned</source>
        <translation>nicht verboten</translation>
    </message>
    <message>
        <source>Good news: no Kaspersky product was found on %1. Offramp can still check what protects it: press Next.</source>
        <translation>Gute Nachricht: Auf %1 wurde kein Kaspersky-Produkt gefunden. Offramp kann trotzdem prüfen, was ihn schützt: Klicken Sie auf „Weiter“.</translation>
    </message>
    <message>
        <source>No banned product is installed on %1, but Offramp found what is listed below.</source>
        <translation>Auf %1 ist kein verbotenes Produkt installiert, aber Offramp hat das unten Aufgeführte gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>Found %n Kaspersky product(s) installed on %1. Press Next to see what the rules say and what to do.</source>
        <translation>
            <numerusform>Auf %1 wurde %n installiertes Kaspersky-Produkt gefunden. Klicken Sie auf „Weiter“, um zu sehen, was die Regeln sagen und was zu tun ist.</numerusform>
            <numerusform>Auf %1 wurden %n installierte Kaspersky-Produkte gefunden. Klicken Sie auf „Weiter“, um zu sehen, was die Regeln sagen und was zu tun ist.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScanTask</name>
    <message>
        <source>this computer</source>
        <translation>diesem Computer</translation>
    </message>
    <message>
        <source>There is no demo computer named “%1”.</source>
        <translation>Es gibt keinen Demo-Computer namens „%1“.</translation>
    </message>
    <message>
        <source>the demo computer “%1”</source>
        <translation>dem Demo-Computer „%1“</translation>
    </message>
    <message>
        <source>The scan could not finish: %1</source>
        <translation>Die Suche konnte nicht abgeschlossen werden: %1</translation>
    </message>
    <message>
        <source>the computer whose files are in “%1”</source>
        <translation>dem Computer, dessen Dateien in „%1“ liegen</translation>
    </message>
</context>
<context>
    <name>SecuritySettings</name>
    <message>
        <source>Open Windows &amp;Security</source>
        <translation>Windows-&amp;Sicherheit öffnen</translation>
    </message>
    <message>
        <source>Windows Security</source>
        <translation>Windows-Sicherheit</translation>
    </message>
    <message>
        <source>Open Windows Security from the Start menu.</source>
        <translation>Öffnen Sie Windows-Sicherheit über das Startmenü.</translation>
    </message>
    <message>
        <source>Open &amp;System Settings</source>
        <translation>&amp;Systemeinstellungen öffnen</translation>
    </message>
    <message>
        <source>System Settings</source>
        <translation>Systemeinstellungen</translation>
    </message>
    <message>
        <source>Open System Settings from the Apple menu, then Privacy &amp; Security.</source>
        <translation>Öffnen Sie die Systemeinstellungen über das Apple-Menü und dann „Datenschutz &amp; Sicherheit“.</translation>
    </message>
</context>
<context>
    <name>SecuritySettingsButton</name>
    <message>
        <source>This is a demo computer, so nothing is opened. On a real one, this button opens %1.</source>
        <translation>Dies ist ein Demo-Computer, daher wird nichts geöffnet. Auf einem echten Computer öffnet diese Schaltfläche %1.</translation>
    </message>
    <message>
        <source>Offramp could not open %1. %2</source>
        <translation>Offramp konnte %1 nicht öffnen. %2</translation>
    </message>
</context>
<context>
    <name>StepFailureText</name>
    <message>
        <source>Details for a technician: %1</source>
        <translation>Details für Fachleute: %1</translation>
    </message>
    <message>
        <source>Offramp did not run the uninstaller of %1: it is not one Offramp may run safely, or it changed since the scan. Remove %1 with its own uninstaller, then check again.</source>
        <translation>Offramp hat das Deinstallationsprogramm von %1 nicht ausgeführt: Es ist keines, das Offramp sicher ausführen kann, oder es hat sich seit der Suche geändert. Entfernen Sie %1 mit seinem eigenen Deinstallationsprogramm und prüfen Sie dann erneut.</translation>
    </message>
    <message>
        <source>The package manager could not be started, so the package %1 was not removed.</source>
        <translation>Die Paketverwaltung konnte nicht gestartet werden, daher wurde das Paket %1 nicht entfernt.</translation>
    </message>
    <message>
        <source>The uninstaller of %1 could not be started, so nothing was removed.</source>
        <translation>Das Deinstallationsprogramm von %1 konnte nicht gestartet werden, daher wurde nichts entfernt.</translation>
    </message>
    <message>
        <source>Removing the package %1 did not finish in time and was stopped: its removal script seems to wait for something. Nothing else was changed.</source>
        <translation>Das Entfernen des Pakets %1 wurde nicht rechtzeitig fertig und wurde abgebrochen: Sein Entfernungsskript scheint auf etwas zu warten. Sonst wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The uninstaller of %1 did not finish in time and was stopped. Nothing else was changed.</source>
        <translation>Das Deinstallationsprogramm von %1 wurde nicht rechtzeitig fertig und wurde abgebrochen. Sonst wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Another installation or update was running, so %1 was not removed. Wait until it has finished (or restart the computer), then try again.</source>
        <translation>Eine andere Installation oder ein Update lief gerade, daher wurde %1 nicht entfernt. Warten Sie, bis der Vorgang abgeschlossen ist (oder starten Sie den Computer neu), und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The package manager could not remove the package %1 (error code %2).</source>
        <translation>Die Paketverwaltung konnte das Paket %1 nicht entfernen (Fehlercode %2).</translation>
    </message>
    <message>
        <source>The uninstaller of %1 stopped with an error (error code %2).</source>
        <translation>Das Deinstallationsprogramm von %1 wurde mit einem Fehler beendet (Fehlercode %2).</translation>
    </message>
    <message>
        <source>%1 is still on the computer, although its uninstaller said it was done. Remove it with its own uninstaller (in the system&apos;s list of programs), then check again.</source>
        <translation>%1 ist noch auf dem Computer, obwohl sein Deinstallationsprogramm gemeldet hat, es sei fertig. Entfernen Sie es mit seinem eigenen Deinstallationsprogramm (in der Programmliste des Systems) und prüfen Sie dann erneut.</translation>
    </message>
    <message>
        <source>%1 could not be removed.</source>
        <translation>%1 konnte nicht entfernt werden.</translation>
    </message>
    <message>
        <source>The uninstaller that Offramp started before is still running, so %1 was not removed yet. It may be waiting for something. Wait until it has finished (or restart the computer), then try again.</source>
        <translation>Das Deinstallationsprogramm, das Offramp zuvor gestartet hat, läuft noch, daher wurde %1 noch nicht entfernt. Es wartet möglicherweise auf etwas. Warten Sie, bis es fertig ist (oder starten Sie den Computer neu), und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The package manager stopped abruptly while removing the package %1, so it may be half-done. Nothing else was changed. Try again: Offramp checks the package and removes it again.</source>
        <translation>Die Paketverwaltung wurde beim Entfernen des Pakets %1 plötzlich beendet, daher ist es möglicherweise nur halb erledigt. Sonst wurde nichts geändert. Versuchen Sie es erneut: Offramp prüft das Paket und entfernt es noch einmal.</translation>
    </message>
    <message>
        <source>The uninstaller of %1 stopped abruptly before it finished, so %1 may be partly removed. Nothing else was changed. Try again: Offramp checks what is left and runs the uninstaller again.</source>
        <translation>Das Deinstallationsprogramm von %1 wurde plötzlich beendet, bevor es fertig war, daher ist %1 möglicherweise nur teilweise entfernt. Sonst wurde nichts geändert. Versuchen Sie es erneut: Offramp prüft, was übrig ist, und führt das Deinstallationsprogramm erneut aus.</translation>
    </message>
</context>
<context>
    <name>StepList</name>
    <message>
        <source>to do</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>current</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>nicht nötig</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Step %1 of %2, %3, %4</source>
        <translation>Schritt %1 von %2, %3, %4</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>What Offramp found and did. Keep the report for your records.</source>
        <translation>Was Offramp gefunden und getan hat. Bewahren Sie den Bericht für Ihre Unterlagen auf.</translation>
    </message>
    <message>
        <source>Save the report as &amp;HTML…</source>
        <translation>Bericht als &amp;HTML speichern…</translation>
    </message>
    <message>
        <source>Save the report as &amp;PDF…</source>
        <translation>Bericht als &amp;PDF speichern…</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Webseite (*.html)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Found: no Kaspersky product.</source>
        <translation>Gefunden: kein Kaspersky-Produkt.</translation>
    </message>
    <message numerus="yes">
        <source>Removed: %n product(s) (simulated on the demo computer).</source>
        <translation>
            <numerusform>Entfernt: %n Produkt (simuliert auf dem Demo-Computer).</numerusform>
            <numerusform>Entfernt: %n Produkte (simuliert auf dem Demo-Computer).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed: %n product(s).</source>
        <translation>
            <numerusform>Entfernt: %n Produkt.</numerusform>
            <numerusform>Entfernt: %n Produkte.</numerusform>
        </translation>
    </message>
    <message>
        <source>New protection: %1.</source>
        <translation>Neuer Schutz: %1.</translation>
    </message>
    <message>
        <source>Support code: %1</source>
        <translation>Support-Code: %1</translation>
    </message>
    <message>
        <source>The report was saved to %1.</source>
        <translation>Der Bericht wurde unter %1 gespeichert.</translation>
    </message>
    <message>
        <source>The report could not be saved to %1 (%2). Choose another folder and try again.</source>
        <translation>Der Bericht konnte nicht unter %1 gespeichert werden (%2). Wählen Sie einen anderen Ordner und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message numerus="yes">
        <source>Found: %n Kaspersky product(s) installed.</source>
        <translation>
            <numerusform>Gefunden: %n installiertes Kaspersky-Produkt.</numerusform>
            <numerusform>Gefunden: %n installierte Kaspersky-Produkte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Also found: %n other finding(s) (leftovers, or products that are not banned).</source>
        <translation>
            <numerusform>Außerdem gefunden: %n weiterer Fund (Reste oder Produkte, die nicht verboten sind).</numerusform>
            <numerusform>Außerdem gefunden: %n weitere Funde (Reste oder Produkte, die nicht verboten sind).</numerusform>
        </translation>
    </message>
    <message>
        <source>Protection: %1, already installed and kept.</source>
        <translation>Schutz: %1, bereits installiert und beibehalten.</translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation>Was jetzt zu tun ist</translation>
    </message>
    <message>
        <source>Found: no Kaspersky product installed.</source>
        <translation>Gefunden: kein installiertes Kaspersky-Produkt.</translation>
    </message>
    <message>
        <source>Removed: nothing.</source>
        <translation>Entfernt: nichts.</translation>
    </message>
    <message>
        <source>Protection found: %1.</source>
        <translation>Gefundener Schutz: %1.</translation>
    </message>
    <message>
        <source>Saved: nothing needed saving, as far as Offramp knows.</source>
        <translation>Gesichert: Soweit Offramp bekannt, musste nichts gesichert werden.</translation>
    </message>
    <message numerus="yes">
        <source>Saved, or not needed: %n item(s), as you marked them.</source>
        <translation>
            <numerusform>Gesichert oder nicht nötig: %n Eintrag, wie Sie ihn markiert haben.</numerusform>
            <numerusform>Gesichert oder nicht nötig: %n Einträge, wie Sie sie markiert haben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved, or not needed: nothing marked.</source>
        <translation>Gesichert oder nicht nötig: nichts markiert.</translation>
    </message>
</context>
<context>
    <name>SystemSupportText</name>
    <message>
        <source>&lt;b&gt;Windows 10 on %1 no longer gets security fixes&lt;/b&gt;, unless the computer is enrolled in Extended Security Updates: Microsoft’s support for Windows 10 ended on %2. Microsoft Defender still gets new virus definitions on Windows 10 until October 2028. If the computer can run Windows 11, moving to it brings security fixes back.</source>
        <translation>&lt;b&gt;Windows 10 auf %1 erhält keine Sicherheitsupdates mehr&lt;/b&gt;, es sei denn, der Computer ist für die erweiterten Sicherheitsupdates (ESU) registriert: Der Support von Microsoft für Windows 10 endete am %2. Microsoft Defender erhält unter Windows 10 noch bis Oktober 2028 neue Virendefinitionen. Wenn auf dem Computer Windows 11 laufen kann, bringt der Wechsel dorthin die Sicherheitsupdates zurück.</translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Today, %1.</source>
        <translation>Heute, %1.</translation>
    </message>
    <message>
        <source>In effect from today</source>
        <translation>In Kraft seit heute</translation>
    </message>
    <message numerus="yes">
        <source>Comes into effect in %n day(s)</source>
        <translation>
            <numerusform>Tritt in %n Tag in Kraft</numerusform>
            <numerusform>Tritt in %n Tagen in Kraft</numerusform>
        </translation>
    </message>
    <message>
        <source>Timeline of the rules</source>
        <translation>Zeitleiste der Regeln</translation>
    </message>
    <message numerus="yes">
        <source>In %n day(s)</source>
        <translation>
            <numerusform>In %n Tag</numerusform>
            <numerusform>In %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Happens today</source>
        <translation>Geschieht heute</translation>
    </message>
    <message>
        <source>In effect since %1</source>
        <translation>In Kraft seit dem %1</translation>
    </message>
    <message>
        <source>Already happened</source>
        <translation>Bereits geschehen</translation>
    </message>
</context>
<context>
    <name>WarningNote</name>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Leave Kaspersky safely</source>
        <translation>Kaspersky sicher hinter sich lassen</translation>
    </message>
    <message>
        <source>Offramp looks for Kaspersky on this computer and helps you replace it.</source>
        <translation>Offramp sucht auf diesem Computer nach Kaspersky und hilft Ihnen, es zu ersetzen.</translation>
    </message>
    <message>
        <source>This is a demonstration: Offramp reads the demo computer “%1” instead of this one, and changes nothing.</source>
        <translation>Dies ist eine Demo: Offramp liest statt dieses Computers den Demo-Computer „%1“ und ändert nichts.</translation>
    </message>
    <message>
        <source>Offramp goes through the steps listed beside this page with you: it looks for Kaspersky products on this computer, explains the rules that apply where you live, helps you save your passwords and other data and choose new protection, then removes Kaspersky and checks that it is gone.

Nothing is changed without your consent, and nothing you see here leaves this computer.</source>
        <translation>Offramp geht mit Ihnen die Schritte durch, die neben dieser Seite aufgeführt sind: Es sucht auf diesem Computer nach Kaspersky-Produkten, erklärt die Regeln, die dort gelten, wo Sie wohnen, hilft Ihnen, Ihre Passwörter und andere Daten zu sichern und einen neuen Schutz zu wählen, entfernt dann Kaspersky und prüft, ob es nicht mehr vorhanden ist.

Ohne Ihre Zustimmung wird nichts geändert, und nichts von dem, was Sie hier sehen, verlässt diesen Computer.</translation>
    </message>
    <message>
        <source>About Offramp and its licences</source>
        <translation>Über Offramp und seine Lizenzen</translation>
    </message>
</context>
<context>
    <name>WhatToDoNow</name>
    <message>
        <source>Make sure that some protection is installed and turned on.</source>
        <translation>Sorgen Sie dafür, dass ein Schutz installiert und eingeschaltet ist.</translation>
    </message>
    <message>
        <source>Keep %1 turned on and up to date: it protects this computer now.</source>
        <translation>Lassen Sie %1 eingeschaltet und aktuell: Damit ist dieser Computer jetzt geschützt.</translation>
    </message>
    <message>
        <source>Open your system&apos;s security settings and check that %1 is turned on.</source>
        <translation>Öffnen Sie die Sicherheitseinstellungen Ihres Systems und prüfen Sie, ob %1 eingeschaltet ist.</translation>
    </message>
    <message>
        <source>Install %1 from its official website (%2), then check that it is turned on.</source>
        <translation>Installieren Sie %1 über die offizielle Website (%2) und prüfen Sie dann, ob %1 eingeschaltet ist.</translation>
    </message>
    <message>
        <source>Remove %1 with its own uninstaller and cancel its subscription if you pay for one; then: %2</source>
        <translation>Entfernen Sie %1 mit seinem eigenen Deinstallationsprogramm und kündigen Sie dessen Abonnement, falls Sie dafür bezahlen; danach: %2</translation>
    </message>
    <message>
        <source>Restart the computer: the removal finishes when it starts again.</source>
        <translation>Starten Sie den Computer neu: Das Entfernen wird beim nächsten Start abgeschlossen.</translation>
    </message>
    <message>
        <source>Once your new password manager shows your passwords, delete these files: they hold your passwords in plain text. Go back to the Save step to delete them securely: %1</source>
        <translation>Sobald Ihr neuer Passwort-Manager Ihre Passwörter anzeigt, löschen Sie diese Dateien: Sie enthalten Ihre Passwörter unverschlüsselt. Gehen Sie zurück zum Schritt „Sichern“, um sie sicher zu löschen: %1</translation>
    </message>
    <message>
        <source>Keep the copy of your data in %1 until you are sure you no longer need anything from it.</source>
        <translation>Bewahren Sie die Sicherungskopie Ihrer Daten in %1 auf, bis Sie sicher sind, dass Sie nichts mehr daraus brauchen.</translation>
    </message>
    <message>
        <source>Keep this report: it says what was found, saved and removed.</source>
        <translation>Bewahren Sie diesen Bericht auf: Er hält fest, was gefunden, gesichert und entfernt wurde.</translation>
    </message>
    <message>
        <source>On a real computer, you would now restart it to finish the removal.</source>
        <translation>Auf einem echten Computer würden Sie ihn jetzt neu starten, um das Entfernen abzuschließen.</translation>
    </message>
    <message>
        <source>Save the report with the buttons above and keep it: it says what was found, saved and removed.</source>
        <translation>Speichern Sie den Bericht mit den Schaltflächen oben und bewahren Sie ihn auf: Er hält fest, was gefunden, gesichert und entfernt wurde.</translation>
    </message>
    <message>
        <source>Nothing to install or turn on: %1 comes with macOS, works in the background, and Apple updates it automatically.</source>
        <translation>Nichts zu installieren oder einzuschalten: %1 ist in macOS enthalten, arbeitet im Hintergrund und wird von Apple automatisch aktualisiert.</translation>
    </message>
    <message>
        <source>If someone helps you with this computer, tell them the support code %1. The report shows the same code, so they know which report you mean.</source>
        <translation>Wenn Ihnen jemand mit diesem Computer hilft, nennen Sie der Person den Support-Code %1. Derselbe Code steht im Bericht, so weiß sie, welchen Bericht Sie meinen.</translation>
    </message>
    <message>
        <source>Keep %1 up to date: Offramp found it installed on this computer.</source>
        <translation>Halten Sie %1 aktuell: Offramp hat es auf diesem Computer installiert vorgefunden.</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>installed</source>
        <translation>installiert</translation>
    </message>
    <message>
        <source>leftovers only</source>
        <translation>nur Reste</translation>
    </message>
    <message>
        <source>Offramp report</source>
        <translation>Offramp-Bericht</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Datum: %1</translation>
    </message>
    <message>
        <source>Computer: %1</source>
        <translation>Gesucht auf: %1</translation>
    </message>
    <message>
        <source>Support code: %1</source>
        <translation>Support-Code: %1</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>Was gefunden wurde</translation>
    </message>
    <message>
        <source>No Kaspersky product.</source>
        <translation>Kein Kaspersky-Produkt.</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Was getan wurde</translation>
    </message>
    <message>
        <source>Nothing was removed.</source>
        <translation>Es wurde nichts entfernt.</translation>
    </message>
    <message>
        <source>%1 removed (simulated on a demo computer)</source>
        <translation>%1 entfernt (simuliert auf einem Demo-Computer)</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>%1 entfernt</translation>
    </message>
    <message>
        <source>New protection</source>
        <translation>Neuer Schutz</translation>
    </message>
    <message>
        <source>Made by Offramp on this computer; nothing was sent anywhere.</source>
        <translation>Von Offramp auf diesem Computer erstellt; nichts wurde irgendwohin gesendet.</translation>
    </message>
    <message>
        <source>Antivirus found by the check</source>
        <translation>Bei der Prüfung gefundener Virenschutz</translation>
    </message>
    <message>
        <source>None that Offramp recognises.</source>
        <translation>Keiner, den Offramp erkennt.</translation>
    </message>
    <message>
        <source>Protection, already installed and kept</source>
        <translation>Schutz, bereits installiert und beibehalten</translation>
    </message>
    <message>
        <source>Rules that apply</source>
        <translation>Geltende Regeln</translation>
    </message>
    <message>
        <source>Offramp knows of no rule on Kaspersky in the country chosen.</source>
        <translation>Offramp kennt im gewählten Land keine Regel zu Kaspersky.</translation>
    </message>
    <message>
        <source>Offramp knows of no rule on Kaspersky in %1.</source>
        <translation>%1: Offramp kennt in diesem Land keine Regel zu Kaspersky.</translation>
    </message>
    <message>
        <source>In %1, on %2:</source>
        <translation>%1, Stand %2:</translation>
    </message>
    <message>
        <source>Who it binds: %1</source>
        <translation>Verbindlich für: %1</translation>
    </message>
    <message>
        <source>Not removed</source>
        <translation>Nicht entfernt</translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation>Was jetzt zu tun ist</translation>
    </message>
    <message>
        <source>Everything that was found was removed.</source>
        <translation>Alles, was gefunden wurde, wurde entfernt.</translation>
    </message>
    <message>
        <source>Antivirus found by the scan</source>
        <translation>Bei der Suche gefundener Virenschutz</translation>
    </message>
    <message>
        <source>What you marked as saved, or not needed</source>
        <translation>Was Sie als gesichert oder nicht nötig markiert haben</translation>
    </message>
    <message>
        <source>Nothing was marked.</source>
        <translation>Nichts wurde markiert.</translation>
    </message>
</context>
</TS>
