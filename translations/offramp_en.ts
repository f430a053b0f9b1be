<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>PasswordHandover</name>
    <message numerus="yes">
        <source>The export holds %n entries.</source>
        <translation>
            <numerusform>The export holds %n entry.</numerusform>
            <numerusform>The export holds %n entries.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the %n entries can be held by %1&apos;s CSV file, so nothing was written.</source>
        <translation>
            <numerusform>The only entry cannot be held by %1&apos;s CSV file, so nothing was written.</numerusform>
            <numerusform>None of the %n entries can be held by %1&apos;s CSV file, so nothing was written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Written for %1: %n entries.</source>
        <translation>
            <numerusform>Written for %1: %n entry.</numerusform>
            <numerusform>Written for %1: %n entries.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n entries, readable by you only)</source>
        <translation>
            <numerusform>%1 (%n entry, readable by you only)</numerusform>
            <numerusform>%1 (%n entries, readable by you only)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 takes at most %2 rows per file, so the entries are split over %n files: import each of them.</source>
        <translation>
            <numerusform>%1 takes at most %2 rows per file, so the entries are in %n file: import it.</numerusform>
            <numerusform>%1 takes at most %2 rows per file, so the entries are split over %n files: import each of them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries cannot be held by %1&apos;s CSV file and were left out; add them there by hand:</source>
        <translation>
            <numerusform>%n entry cannot be held by %1&apos;s CSV file and was left out; add it there by hand:</numerusform>
            <numerusform>%n entries cannot be held by %1&apos;s CSV file and were left out; add them there by hand:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The login name (an alias of the account) is in the notes of %n entries: %1&apos;s CSV has no column for it.</source>
        <translation>
            <numerusform>The login name (an alias of the account) is in the notes of %n entry: %1&apos;s CSV has no column for it.</numerusform>
            <numerusform>The login name (an alias of the account) is in the notes of %n entries: %1&apos;s CSV has no column for it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The Kaspersky section (Applications or Other accounts) is in the notes of %n entries: %1&apos;s CSV has no column for it.</source>
        <translation>
            <numerusform>The Kaspersky section (Applications or Other accounts) is in the notes of %n entry: %1&apos;s CSV has no column for it.</numerusform>
            <numerusform>The Kaspersky section (Applications or Other accounts) is in the notes of %n entries: %1&apos;s CSV has no column for it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries from Notes became items with a title and notes only: %1&apos;s CSV has no note type.</source>
        <translation>
            <numerusform>%n entry from Notes became an item with a title and notes only: %1&apos;s CSV has no note type.</numerusform>
            <numerusform>%n entries from Notes became items with a title and notes only: %1&apos;s CSV has no note type.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemovePage</name>
    <message numerus="yes">
        <source>Done (simulated): %n product(s) removed.</source>
        <translation>
            <numerusform>Done (simulated): %n product removed.</numerusform>
            <numerusform>Done (simulated): %n products removed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done: %n product(s) removed. The next page checks this computer again.</source>
        <translation>
            <numerusform>Done: %n product removed. The next page checks this computer again.</numerusform>
            <numerusform>Done: %n products removed. The next page checks this computer again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done (simulated): %n product(s) removed. On a real computer, a restart would finish the removal.</source>
        <translation>
            <numerusform>Done (simulated): %n product removed. On a real computer, a restart would finish the removal.</numerusform>
            <numerusform>Done (simulated): %n products removed. On a real computer, a restart would finish the removal.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at most %n minute(s)</source>
        <translation>
            <numerusform>at most %n minute</numerusform>
            <numerusform>at most %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RescueSection</name>
    <message numerus="yes">
        <source>%n file(s) saved in %1 (%2) and checked: every copy matches its original.</source>
        <translation>
            <numerusform>%n file saved in %1 (%2) and checked: the copy matches its original.</numerusform>
            <numerusform>%n files saved in %1 (%2) and checked: every copy matches its original.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) saved in %1, but the check found copies that do not match. Press Save a copy again to copy them anew:</source>
        <translation>
            <numerusform>%n file saved in %1, but the check found copies that do not match. Press Save a copy again to copy them anew:</numerusform>
            <numerusform>%n files saved in %1, but the check found copies that do not match. Press Save a copy again to copy them anew:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RulesPage</name>
    <message numerus="yes">
        <source>Rules for governments and companies (%n)</source>
        <translation>
            <numerusform>Rules for governments and companies (%n)</numerusform>
            <numerusform>Rules for governments and companies (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScanPage</name>
    <message numerus="yes">
        <source>Found %n Kaspersky product(s) installed on %1. Press Next to see what the rules say and what to do.</source>
        <translation>
            <numerusform>Found %n Kaspersky product installed on %1. Press Next to see what the rules say and what to do.</numerusform>
            <numerusform>Found %n Kaspersky products installed on %1. Press Next to see what the rules say and what to do.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message numerus="yes">
        <source>Removed: %n product(s) (simulated on the demo computer).</source>
        <translation>
            <numerusform>Removed: %n product (simulated on the demo computer).</numerusform>
            <numerusform>Removed: %n products (simulated on the demo computer).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed: %n product(s).</source>
        <translation>
            <numerusform>Removed: %n product.</numerusform>
            <numerusform>Removed: %n products.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Found: %n Kaspersky product(s) installed.</source>
        <translation>
            <numerusform>Found: %n Kaspersky product installed.</numerusform>
            <numerusform>Found: %n Kaspersky products installed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Also found: %n other finding(s) (leftovers, or products that are not banned).</source>
        <translation>
            <numerusform>Also found: %n other finding (leftovers, or a product that is not banned).</numerusform>
            <numerusform>Also found: %n other findings (leftovers, or products that are not banned).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved, or not needed: %n item(s), as you marked them.</source>
        <translation>
            <numerusform>Saved, or not needed: %n item, as you marked it.</numerusform>
            <numerusform>Saved, or not needed: %n items, as you marked them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message numerus="yes">
        <source>Comes into effect in %n day(s)</source>
        <translation>
            <numerusform>Comes into effect in %n day</numerusform>
            <numerusform>Comes into effect in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In %n day(s)</source>
        <translation>
            <numerusform>In %n day</numerusform>
            <numerusform>In %n days</numerusform>
        </translation>
    </message>
</context>
</TS>
