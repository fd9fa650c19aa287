<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AuthMethodsModel</name>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>mapped to account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA name excluded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IkeMethodsModel</name>
    <message>
        <source>Encryption</source>
        <translation>Verschlüsselung</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>Integrität</translation>
    </message>
    <message>
        <source>Diffie-Hellman Group</source>
        <translation>Diffie-Hellman-Gruppe</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>IP Security Filter Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP Security Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completing the %1 Wizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To close this wizard, click Finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to the %1 Wizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>

To continue, click Next.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ipsec</name>
    <message>
        <source>%1 &apos;%2&apos; renamed to &apos;%3&apos; (the name was taken)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; replaced by the imported one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy &apos;%1&apos; imported unassigned (another policy is assigned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 does not exist any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ipsec::ActionNamePage</name>
    <message>
        <source>Filter Action Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name this filter action and optionally give a brief description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Filter Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>A filter action named &apos;%1&apos; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ipsec::ActionSecurityPage</name>
    <message>
        <source>IP Traffic Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specify a security method for IP traffic. To add multiple security methods, edit the filter action after completing the wizard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Integrity and encryption: data will be encrypted, authenticated and unmodified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity &amp;only: data will be verified and protected from modification, but will not be encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Custom</source>
        <translation>&amp;Benutzerdefiniert</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>&amp;Einstellungen...</translation>
    </message>
</context>
<context>
    <name>ipsec::AddObjectCommand</name>
    <message>
        <source>Edit store properties</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ipsec::AddressEditor</name>
    <message>
        <source>My IP Address</source>
        <translation>Meine IP-Adresse</translation>
    </message>
    <message>
        <source>Any IP Address</source>
        <translation>Beliebige IP-Adresse</translation>
    </message>
    <message>
        <source>A specific IP Address</source>
        <translation>Eine bestimmte IP-Adresse</translation>
    </message>
    <message>
        <source>A specific IP Subnet</source>
        <translation>Ein bestimmtes IP-Subnetz</translation>
    </message>
    <message>
        <source>A range of IP addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A specific DNS Name</source>
        <translation>Ein bestimmter DNS-Name</translation>
    </message>
    <message>
        <source>DNS Servers &lt;dynamic&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WINS Servers &lt;dynamic&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DHCP Server &lt;dynamic&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default Gateway &lt;dynamic&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subnet mask:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <source>Starting IP address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ending IP address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subnet mask or prefix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a subnet mask or prefix length</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ipsec::AddressPage</name>
    <message>
        <source>Specify the source address of the IP traffic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specify the destination address of the IP traffic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When one side is a server (DNS, WINS, DHCP, gateway), the other side must be My IP Address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ipsec::AddressPicker</name>
    <message>
        <source>IP address or &amp;subnet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ending IP address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My IP Address</source>
        <translation>Meine IP-Adresse</translation>
    </message>
    <message>
        <source>Any IP Address</source>
        <translation>Beliebige IP-Adresse</translation>
    </message>
    <message>
        <source>A specific DNS Name</source>
        <translation>Ein bestimmter DNS-Name</translation>
    </message>
    <message>
        <source>A specific IP Address or Subnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A specific IP Address range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS Servers &lt;dynamic&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WINS Servers &lt;dynamic&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DHCP Server &lt;dynamic&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default Gateway &lt;dynamic&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Starting IP address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an IP address (10.0.1.5) or a subnet (10.0.1.0/24 or 10.0.1.0/255.255.255.0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the first and the last address of the range, of the same IP version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ipsec::ApplyDialog</name>
    <message>
        <source>Arm automatic &amp;rollback: restore the backup unless I confirm within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply Policy</source>
        <translation>Richtlinie anwenden</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock-out check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have another way in: the policy affects %1, and I still want to apply it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock-out check (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backend cannot run here: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan has errors; see the Plan tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the plan and the lock-out check, then apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed step: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied and verified.</source>
        <translation>Angewendet und überprüft.</translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling after the current step…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the new policy?</source>
        <translation>Neue Richtlinie behalten?</translation>
    </message>
    <message>
        <source>&amp;Keep the policy</source>
        <translation>Richtlinie &amp;behalten</translation>
    </message>
    <message>
        <source>&amp;Roll back now</source>
        <translation>Jetzt &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>The policy is applied. If you can still reach this computer, keep it. Otherwise the backup is restored in %1:%2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ipsec::AssignPolicyCommand</name>
    <message>
        <source>Assign policy &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassign policy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ipsec::AuthMethodDialog</name>
    <message>
        <source>Edit Authentication Method Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active Directory default (&amp;Kerberos V5 protocol)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a certificate from this &amp;certification authority (CA):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this string (&amp;preshared key):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xclude the CA name from the certificate request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable certificate to account &amp;mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authentication method specifies how trust is established between the computers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ipsec::AuthMethodPicker</name>
    <message>
        <source>Active Directory &amp;default (Kerberos V5 protocol)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a &amp;certificate from this certification authority (CA):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this &amp;string to protect the key exchange (preshared key):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ipsec::AuthenticationPage</name>
    <message>
        <source>Authentication Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To add multiple authentication methods, edit the security rule after completing the wizard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the initial authentication method for this security rule:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ipsec::BackendChooser</name>
    <message>
        <source>the computer&apos;s domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>netsh from PATH (Windows only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user&apos;s data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in memory only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active Directory domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backend:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tore:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;netsh program:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data &amp;folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This build has no backend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ipsec::CustomSecurityMethodDialog</name>
    <message>
        <source>Data and address integrity without encryption (&amp;AH):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data integrity and &amp;encryption (ESP):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate a new key every (&amp;Kbytes):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate a new key every (&amp;seconds):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom Security Method Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;None&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specify the settings for this custom security method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity algorithm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption algorithm:</source>
        <translation>Verschlüsselungsalgorithmus:</translation>
    </message>
    <message>
        <source>Session key settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose AH or ESP; ESP needs an integrity or an encryption algorithm.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ipsec::DefaultResponseAuthPage</name>
    <message>
        <source>Default Response Rule Authentication Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To add multiple authentication methods, edit the default response rule after completing the wizard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the initial authentication method for this security rule:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ipsec::DefaultResponseEditor</name>
    <message>
        <source>&amp;Activate the default response rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows Vista and later ignore the default response rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use session key &amp;perfect forward secrecy (PFS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security method preference order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security Methods</source>
        <translation>Sicherheitsmethoden</translation>
    </message>
    <message>
        <source>Authentication Methods</source>
        <translation>Authentifizierungsmethoden</translation>
    </message>
    <message>
        <source>Default Response Rule</source>
        <translation>Standardantwortregel</translation>
    </message>
    <message>
        <source>Change the default response rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit security methods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit authentication methods</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ipsec::FilterActionEditor</name>
    <message>
        <source>Pe&amp;rmit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bl&amp;ock</source>
        <translation>&amp;Blockieren</translation>
    </message>
    <message>
        <source>Negotiate &amp;security:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ccept unsecured communication, but always respond using IPsec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;llow unsecured communication with non-IPsec-aware computers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session key &amp;perfect forward secrecy (PFS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security method preference order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security Methods</source>
        <translation>Sicherheitsmethoden</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Filter Action Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit security methods of &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ipsec::FilterActionPropertiesDialog</name>
    <message>
        <source>Per&amp;mit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bl&amp;ock</source>
        <translation>&amp;Blockieren</translation>
    </message>
    <message>
        <source>Negotiate &amp;security:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ccept unsecured communication, but always respond using IPsec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow unsecured communication if a secure connection cannot be established</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session key perfect forward secrecy (&amp;PFS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Filter Action Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Filter Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd...</source>
        <translation>Hinzu&amp;fügen...</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Bearbeiten...</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security Methods</source>
        <translation>Sicherheitsmethoden</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Enter a name for the filter action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A filter action named &apos;%1&apos; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negotiate security needs at least one security method.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ipsec::FilterActionWizard</name>
    <message>
        <source>Filter Action Wizard</source>
        <translation>Filteraktions-Assistent</translation>
    </message>
    <message>
        <source>This wizard helps you create a filter action: whether traffic is permitted, blocked, or secured, and which security methods are used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter Action General Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the filter action behavior.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per&amp;mit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bl&amp;ock</source>
        <translation>&amp;Blockieren</translation>
    </message>
    <message>
        <source>&amp;Negotiate security</source>
        <translation>&amp;Sicherheit aushandeln</translation>
    </message>
    <message>
        <source>Communicating with computers that do not support IPsec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communicating with computers that do not support IPsec may expose your network to security risks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Do not allow unsecured communication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fall back to unsecured communication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have successfully completed the IP Security Filter Action wizard.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ipsec::FilterDescriptionPage</name>
    <message>
        <source>IP Filter Description and Mirrored property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the Description field to specify a name or a detailed explanation of the IP filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mirrored. Match packets with the exact opposite source and destination addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
</context>
<context>
    <name>ipsec::FilterEditor</name>
    <message>
        <source>Source address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mirrored. Match packets with the exact opposite source and
destination addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(single port)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From &amp;any port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From &amp;this port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To a&amp;ny port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To t&amp;his port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a &amp;protocol type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the IP protocol port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Use the Description field to name or explain the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>IP Filter Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In filter list &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ipsec::FilterListDialog</name>
    <message>
        <source>Use Add &amp;Wizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP Filter List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New IP Filter List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mirrored</source>
        <translation>Gespiegelt</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Source port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add...</source>
        <translation>&amp;Hinzufügen...</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>An IP filter list is composed of multiple filters. In this way, multiple subnets, IP addresses and protocols can be combined into one IP filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>IP &amp;filters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name for the filter list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A filter list named &apos;%1&apos; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ipsec::FilterListEditor</name>
    <message>
        <source>A&amp;dd</source>
        <translation>Hinzu&amp;fügen</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Bearbeiten...</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Used:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP Filter List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An IP filter list is composed of multiple filters. In this way, multiple subnets, IP addresses and protocols can be combined into one IP filter.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ipsec::FilterPortPage</name>
    <message>
        <source>IP Protocol Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the IP protocol port. Many IP protocols use well-known ports.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ipsec::FilterPropertiesDialog</name>
    <message>
        <source>Source address:</source>
        <translation>Quelladresse:</translation>
    </message>
    <message>
        <source>Destination address:</source>
        <translation>Zieladresse:</translation>
    </message>
    <message>
        <source>&amp;Mirrored. Match packets with the exact opposite source and destination addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP Filter Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
</context>
<context>
    <name>ipsec::FilterProtocolPage</name>
    <message>
        <source>IP Protocol Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the IP protocol type. If this is a TCP or UDP protocol type, you will also specify the source and destination port.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ipsec::FilterTableModel</name>
    <message>
        <source>Mirrored</source>
        <translation>Gespiegelt</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Source Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ipsec::IkeMethodDialog</name>
    <message>
        <source>IKE Security Algorithms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Integrity algorithm:</source>
        <translation>&amp;Integritätsalgorithmus:</translation>
    </message>
    <message>
        <source>&amp;Encryption algorithm:</source>
        <translation>&amp;Verschlüsselungsalgorithmus:</translation>
    </message>
    <message>
        <source>&amp;Diffie-Hellman group:</source>
        <translation>&amp;Diffie-Hellman-Gruppe:</translation>
    </message>
</context>
<context>
    <name>ipsec::IpFilterWizard</name>
    <message>
        <source>Source &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP Filter Wizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This wizard helps you provide the source, destination and traffic type information of an IP filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP Traffic Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP Traffic Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have successfully completed specifying the properties for your new IP filter.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ipsec::IpSecurityPolicyWizard</name>
    <message>
        <source>IP Security Policy Wizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This wizard helps you create an IP Security policy. You will specify the level of security to use when communicating with specific computers or groups of computers (subnets), and for particular IP traffic types.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have successfully completed specifying the properties for your new IP Security policy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ipsec::KeyExchangeDialog</name>
    <message>
        <source>Key Exchange Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Master key perfect forward secrecy (PFS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default (480)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authenticate and generate a new key after every (minutes):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authenticate and generate a new key after every (sessions):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security method preference order (Key Exchange Security Methods):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ipsec::MainWindow</name>
    <message>
        <source>IPsec policy documents (*.ipsecstore *.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name, address, port, protocol…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>New from &amp;Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>Ö&amp;ffnen...</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As...</source>
        <translation>Speichern &amp;unter...</translation>
    </message>
    <message>
        <source>&amp;Import...</source>
        <translation>&amp;Importieren...</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export...</source>
        <translation>&amp;Exportieren...</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review GPO Backup...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;Policy</source>
        <translation>&amp;Richtlinie</translation>
    </message>
    <message>
        <source>Add IP Security &amp;Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add IP Filter &amp;List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Filter &amp;Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ssign / Un-assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check Policy Integrity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP Security Policy &amp;Wizard...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security Rule Wi&amp;zard...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP Filter Wiza&amp;rd...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter Action Wizar&amp;d...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <source>&amp;Apply...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Read from Backend...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare with File...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;opened document&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Script Preview</source>
        <translation>Skriptvorschau</translation>
    </message>
    <message>
        <source>Diagram</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPsec Policy Designer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document has unsaved changes. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New from template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no template &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>Öffnen nicht möglich</translation>
    </message>
    <message>
        <source>%1 could not be opened:

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This build cannot read documents (no JSON format).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
    <message>
        <source>%1 could not be saved:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This build cannot write documents (no JSON format).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The format &apos;%1&apos; cannot be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported from %1:

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1: %2 policies, %3 filter lists, %4 filter actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>The format &apos;%1&apos; cannot be exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Nothing was written:

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This build has no import format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This build has no export format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New IP Security Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Rule</source>
        <translation>Regel hinzufügen</translation>
    </message>
    <message>
        <source>Select a policy, and create a filter action first: every rule needs one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New IP Filter List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Filter Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>It is %1:
%2

Delete those rules too?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1 as a new document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This build has no backends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backend&apos;s store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read from backend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Firewall Content as Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open backup content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The firewall content could not be translated:

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No format of this build reads %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read:

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document compared with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review GPO Backup (a backup&apos;s manifest.xml or Backup.xml, a registry.pol or a .wfw)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPO backups (*.xml *.pol *.wfw);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy files (%1);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished">&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the recovery copy %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery copy %1 is unreadable and was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an untitled document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recovery copy of %1 from %2 holds changes that were never saved (the program ended unexpectedly). Restore them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore recovery copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds no IPsec policy objects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 filter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ipsec::MethodListWidget</name>
    <message>
        <source>A&amp;dd...</source>
        <translation>Hinzu&amp;fügen...</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Bearbeiten...</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move d&amp;own</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ipsec::NavigatorModel</name>
    <message>
        <source>IP Security Policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP Filter Lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter Actions</source>
        <translation>Filteraktionen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source> · assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;Dynamic&gt; (default response rule)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default response rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no filter list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(missing filter action)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (inactive)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ipsec::NetworkTypePage</name>
    <message>
        <source>Network Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The security rule must be applied to a network type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All network connections</source>
        <translation>&amp;Alle Netzwerkverbindungen</translation>
    </message>
    <message>
        <source>&amp;Local area network (LAN)</source>
        <translation>&amp;LAN (Local Area Network)</translation>
    </message>
    <message>
        <source>&amp;Remote access</source>
        <translation>&amp;RAS (Remote Access)</translation>
    </message>
</context>
<context>
    <name>ipsec::ObjectEditor</name>
    <message numerus="yes">
        <source>… and %n more in the Problems panel</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ipsec::PickPage</name>
    <message>
        <source>A&amp;dd...</source>
        <translation>Hinzu&amp;fügen...</translation>
    </message>
</context>
<context>
    <name>ipsec::PolicyDiagramView</name>
    <message>
        <source>Policy diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a policy to see what it does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter list %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter list: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 active rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 active rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default response rule active (earlier versions of Windows only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default response rule inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 more filters not drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no rules with filters: traffic is not subject to IPsec</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ipsec::PolicyEditor</name>
    <message>
        <source>A&amp;dd...</source>
        <translation>Hinzu&amp;fügen...</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Bearbeiten...</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Security rules for communicating with other computers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assigned (the one policy this computer or GPO applies)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>&amp;Einstellungen...</translation>
    </message>
    <message>
        <source>Perform key exchange using these settings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Check for policy &amp;changes every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>IP Security Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Master key PFS: %1 · new key every %2 minutes / %3 sessions
Methods: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Edit key exchange settings of &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default response rule cannot be removed; deactivate it instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ipsec::PolicyNamePage</name>
    <message>
        <source>IP Security Policy Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name this IP Security policy and provide a brief description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New IP Security Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>A policy named &apos;%1&apos; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ipsec::PolicyStore</name>
    <message>
        <source>not used by any rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>used by %n rule(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n policy(ies)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A %1 needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another %1 is already named &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rule needs an id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule &apos;%1&apos; refers to a filter list that does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule &apos;%1&apos; refers to a filter action that does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy &apos;%1&apos; already has a rule named &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A filter list with this id already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filter list does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter list &apos;%1&apos; is still %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A filter with this id already exists in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filter does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A filter action with this id already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filter action does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter action &apos;%1&apos; is still %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A policy with this id already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rule with this id already exists in the policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ipsec::PortPicker</name>
    <message>
        <source>From &amp;any port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From this port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To any p&amp;ort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To this port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination port</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ipsec::ProblemsModel</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Hinweis</translation>
    </message>
</context>
<context>
    <name>ipsec::ProtocolPicker</name>
    <message>
        <source>Select a &amp;protocol type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the IP protocol &amp;number:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ipsec::ReadBackendDialog</name>
    <message>
        <source>Read from Backend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the backend reports while reading appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backend cannot be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backend cannot run here: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read %1 policies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ipsec::RuleEditor</name>
    <message>
        <source>&amp;Active</source>
        <translation>&amp;Aktiv</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>&amp;Edit filter list...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected IP filter list specifies which network traffic will be affected by this rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP Filter List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;dit filter action...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected filter action specifies whether this rule negotiates for secure network traffic, and how it will secure the traffic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter Action</source>
        <translation>Filteraktion</translation>
    </message>
    <message>
        <source>The authentication method specifies how trust is established between computers. Authentication method preference order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication Methods</source>
        <translation>Authentifizierungsmethoden</translation>
    </message>
    <message>
        <source>&amp;This rule does not specify an IPsec tunnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tunnel endpoint is specified by this &amp;IP address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tunnel endpoint is specified by this &amp;DNS name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tunnel endpoint is the tunneling computer closest to the IP traffic destination, as specified by the associated IP filter list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tunnel Setting</source>
        <translation>Tunneleinstellung</translation>
    </message>
    <message>
        <source>All &amp;network connections</source>
        <translation>Alle &amp;Netzwerkverbindungen</translation>
    </message>
    <message>
        <source>&amp;Local area network (LAN)</source>
        <translation>&amp;LAN (Local Area Network)</translation>
    </message>
    <message>
        <source>&amp;Remote access</source>
        <translation>&amp;RAS (Remote Access)</translation>
    </message>
    <message>
        <source>This rule only applies to network traffic over connections of the selected type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection Type</source>
        <translation>Verbindungstyp</translation>
    </message>
    <message>
        <source>Edit Rule Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message numerus="yes">
        <source>%n filters</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ipsec::RulesTableModel</name>
    <message>
        <source>Kerberos V5 (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP Filter List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter Action</source>
        <translation>Filteraktion</translation>
    </message>
    <message>
        <source>Authentication Methods</source>
        <translation>Authentifizierungsmethoden</translation>
    </message>
    <message>
        <source>Tunnel Setting</source>
        <translation>Tunneleinstellung</translation>
    </message>
    <message>
        <source>Connection Type</source>
        <translation>Verbindungstyp</translation>
    </message>
    <message>
        <source>&lt;Dynamic&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate rule</source>
        <translation>Regel aktivieren</translation>
    </message>
    <message>
        <source>Deactivate rule</source>
        <translation>Regel deaktivieren</translation>
    </message>
</context>
<context>
    <name>ipsec::ScriptPreview</name>
    <message>
        <source>netsh ipsec static (.cmd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the script to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a policy (or one of its rules) to see its script.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This build has no export format yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n export error(s), %1 warning(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The form &apos;%1&apos; cannot be exported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ipsec::SecureCommunicationPage</name>
    <message>
        <source>Requests for Secure Communication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specify how this policy responds to requests for secure communication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activate the default response rule (earlier versions of Windows only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default response rule responds to remote computers that request security, when no other rule applies. To communicate securely, the computer must respond to requests for secure communication. Windows Vista and later ignore it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ipsec::SecurityMethodDialog</name>
    <message>
        <source>Modify Security Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Integrity and encryption
Data will be encrypted, authenticated and unmodified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;ntegrity only
Data will be verified and unmodified, but will not be encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Custom</source>
        <translation>&amp;Benutzerdefiniert</translation>
    </message>
    <message>
        <source>Custom Security Method Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data and address integrity without encryption (&amp;AH):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data integrity and encryption (&amp;ESP):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate a new key every (&amp;Kbytes):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate a new key every (&amp;seconds):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity algorithm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption algorithm:</source>
        <translation>Verschlüsselungsalgorithmus:</translation>
    </message>
    <message>
        <source>Session key settings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security Method</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ipsec::SecurityMethodsModel</name>
    <message>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption and Integrity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AH Integrity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ESP Confidentiality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ESP Integrity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key Lifetimes (KB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key Lifetimes (secs)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ipsec::SecurityRuleWizard</name>
    <message>
        <source>Security Rule Wizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use Add &amp;Wizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A security rule governs how and when security is invoked, based on criteria such as the source, destination and type of IP traffic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP Filter List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the IP filter list for the type of IP traffic to which this security rule applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter Action</source>
        <translation>Filteraktion</translation>
    </message>
    <message>
        <source>Select the filter action for this security rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have successfully completed specifying the properties for your new rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n filter(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>New Rule</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ipsec::StoreEditor</name>
    <message>
        <source>Local computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active Directory domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>&amp;Store:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;omain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organizational unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;GPO name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest &amp;Windows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP Security Policies store</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n policies</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n filter lists</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n filters</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n filter actions</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ipsec::Traits</name>
    <message>
        <source>filter list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filter action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default response rule</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ipsec::TunnelEndpointPage</name>
    <message>
        <source>Tunnel Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tunnel endpoint is the tunneling computer closest to the IP traffic destination, as specified by the security rule&apos;s IP filter list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This rule does &amp;not specify a tunnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tunnel endpoint is specified by this &amp;IP address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tunnel endpoint is specified by this &amp;DNS name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the tunnel endpoint&apos;s IPv4 or IPv6 address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the tunnel endpoint&apos;s DNS name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Design Windows IPsec policies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render the window to FILE (PNG) and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window size for --screenshot (default 1500x950).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select this object (name) before the screenshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with a new document from this template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --screenshot: trigger this action (e.g. actionApply) and render the dialog it opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --dialog: the wizard page to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --dialog: the file the action asks for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --screenshot: bring this panel to the front (e.g. diagramDock).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A document to open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
