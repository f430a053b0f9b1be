<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
        <source>Saved: %n item(s) marked as saved.</source>
        <translation>
            <numerusform>Saved: %n item marked as saved.</numerusform>
            <numerusform>Saved: %n items marked as saved.</numerusform>
        </translation>
    </message>
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
</context>
<context>
    <name>TimelineWidget</name>
    <message numerus="yes">
        <source>In effect for %n day(s)</source>
        <translation>
            <numerusform>In effect for %n day</numerusform>
            <numerusform>In effect for %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Comes into effect in %n day(s)</source>
        <translation>
            <numerusform>Comes into effect in %n day</numerusform>
            <numerusform>Comes into effect in %n days</numerusform>
        </translation>
    </message>
</context>
</TS>
