<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>TransferReport</name>
    <message numerus="yes">
        <source>%n finding(s).</source>
        <translation>
            <numerusform>%n finding.</numerusform>
            <numerusform>%n findings.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renamed or changed on the way in (%n):</source>
        <translation>
            <numerusform>Renamed or changed on the way in (%n):</numerusform>
            <numerusform>Renamed or changed on the way in (%n):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ipsec::IntentsPanel</name>
    <message numerus="yes">
        <source>Remove %n intent(s)</source>
        <translation>
            <numerusform>Remove %n intent</numerusform>
            <numerusform>Remove %n intents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n intent(s), %1 not passing</source>
        <translation>
            <numerusform>%n intent, %1 not passing</numerusform>
            <numerusform>%n intents, %1 not passing</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ipsec::NetshExport</name>
    <message numerus="yes">
        <source>%n item(s) that netsh cannot express were left out of the script</source>
        <translation>
            <numerusform>%n item that netsh cannot express was left out of the script</numerusform>
            <numerusform>%n items that netsh cannot express were left out of the script</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ipsec::ObjectEditor</name>
    <message numerus="yes">
        <source>… and %n more in the Problems panel</source>
        <translation>
            <numerusform>… and %n more in the Problems panel</numerusform>
            <numerusform>… and %n more in the Problems panel</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ipsec::PolicyStore</name>
    <message numerus="yes">
        <source>used by %n rule(s)</source>
        <translation>
            <numerusform>used by %n rule</numerusform>
            <numerusform>used by %n rules</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n policy(ies)</source>
        <translation>
            <numerusform>in %n policy</numerusform>
            <numerusform>in %n policies</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ipsec::ProblemsModel</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ipsec::RuleEditor</name>
    <message numerus="yes">
        <source>%n filters</source>
        <translation>
            <numerusform>%n filter</numerusform>
            <numerusform>%n filters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ipsec::ScriptPreview</name>
    <message numerus="yes">
        <source>%n export error(s), %1 warning(s)</source>
        <translation>
            <numerusform>%n export error, %1 warning(s)</numerusform>
            <numerusform>%n export errors, %1 warning(s)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ipsec::SecurityRuleWizard</name>
    <message numerus="yes">
        <source>%n filter(s)</source>
        <translation>
            <numerusform>%n filter</numerusform>
            <numerusform>%n filters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ipsec::StoreEditor</name>
    <message numerus="yes">
        <source>%n policies</source>
        <translation>
            <numerusform>%n policy</numerusform>
            <numerusform>%n policies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n filter lists</source>
        <translation>
            <numerusform>%n filter list</numerusform>
            <numerusform>%n filter lists</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n filters</source>
        <translation>
            <numerusform>%n filter</numerusform>
            <numerusform>%n filters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n filter actions</source>
        <translation>
            <numerusform>%n filter action</numerusform>
            <numerusform>%n filter actions</numerusform>
        </translation>
    </message>
</context>
</TS>
