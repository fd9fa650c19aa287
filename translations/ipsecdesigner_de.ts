<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AuthMethodsModel</name>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>mapped to account</source>
        <translation>einem Konto zugeordnet</translation>
    </message>
    <message>
        <source>CA name excluded</source>
        <translation>ZS-Name ausgeschlossen</translation>
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
    <name>PartialImport</name>
    <message>
        <source>Partial import</source>
        <translation>Teilweiser Import</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiteres</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Only part of %1 could be read. These objects of the file are not in the result:

%2

Open what was read? The document then lacks the objects listed.</source>
        <translation>Nur ein Teil von %1 konnte gelesen werden. Diese Objekte der Datei fehlen im Ergebnis:

%2

Das Gelesene öffnen? Dem Dokument fehlen dann die aufgeführten Objekte.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>IP Security Filter Action</source>
        <translation>IP-Sicherheitsfilteraktions</translation>
    </message>
    <message>
        <source>IP Filter</source>
        <translation>IP-Filter</translation>
    </message>
    <message>
        <source>IP Security Policy</source>
        <translation>IP-Sicherheitsrichtlinien</translation>
    </message>
    <message>
        <source>Security Rule</source>
        <translation>Sicherheitsregel</translation>
    </message>
    <message>
        <source>Completing the %1 Wizard</source>
        <translation>Fertigstellen des %1-Assistenten</translation>
    </message>
    <message>
        <source>&amp;Edit properties</source>
        <translation>&amp;Eigenschaften bearbeiten</translation>
    </message>
    <message>
        <source>To close this wizard, click Finish.</source>
        <translation>Klicken Sie auf „Abschließen“, um den Assistenten zu schließen.</translation>
    </message>
    <message>
        <source>Welcome to the %1 Wizard</source>
        <translation>Willkommen beim %1-Assistenten</translation>
    </message>
    <message>
        <source>

To continue, click Next.</source>
        <translation>

Klicken Sie auf „Weiter“, um fortzufahren.</translation>
    </message>
</context>
<context>
    <name>TransferReport</name>
    <message>
        <source>Import report</source>
        <translation>Importbericht</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exportbericht</translation>
    </message>
    <message>
        <source>%1 policies, %2 rules, %3 filter lists with %4 filters, %5 filter actions</source>
        <translation>%1 Richtlinien, %2 Regeln, %3 Filterlisten mit %4 Filtern, %5 Filteraktionen</translation>
    </message>
    <message>
        <source>Imported %1 (%2): %3.</source>
        <translation>%1 importiert (%2): %3.</translation>
    </message>
    <message>
        <source>Exported %1 (%2): %3.</source>
        <translation>%1 exportiert (%2): %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s).</source>
        <translation>
            <numerusform>%n Befund.</numerusform>
            <numerusform>%n Befunde.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>Importiert aus %1</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportiert nach %1</translation>
    </message>
    <message>
        <source>Format: %1</source>
        <translation>Format: %1</translation>
    </message>
    <message>
        <source>Size: %1</source>
        <translation>Größe: %1</translation>
    </message>
    <message>
        <source>Size: %1 (%2 bytes)</source>
        <translation>Größe: %1 (%2 Bytes)</translation>
    </message>
    <message>
        <source>Duration: %1 s</source>
        <translation>Dauer: %1 s</translation>
    </message>
    <message>
        <source>Read and merged into the document:</source>
        <translation>Gelesen und in das Dokument übernommen:</translation>
    </message>
    <message>
        <source>Written from the document:</source>
        <translation>Aus dem Dokument geschrieben:</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>Richtlinien</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>Filter lists</source>
        <translation>Filterlisten</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Filter actions</source>
        <translation>Filteraktionen</translation>
    </message>
    <message numerus="yes">
        <source>Renamed or changed on the way in (%n):</source>
        <translation>
            <numerusform>Beim Einlesen umbenannt oder geändert (%n):</numerusform>
            <numerusform>Beim Einlesen umbenannt oder geändert (%n):</numerusform>
        </translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>Keine Befunde.</translation>
    </message>
    <message>
        <source>Findings: %1 errors, %2 warnings, %3 infos</source>
        <translation>Befunde: %1 Fehler, %2 Warnungen, %3 Hinweise</translation>
    </message>
</context>
<context>
    <name>ipsec::ActionSecurityPage</name>
    <message>
        <source>IP Traffic Security</source>
        <translation>IP-Datenverkehrssicherheit</translation>
    </message>
    <message>
        <source>Specify a security method for IP traffic. To add multiple security methods, edit the filter action after completing the wizard.</source>
        <translation>Geben Sie eine Sicherheitsmethode für den IP-Datenverkehr an. Bearbeiten Sie die Filteraktion nach Abschluss des Assistenten, um mehrere Sicherheitsmethoden hinzuzufügen.</translation>
    </message>
    <message>
        <source>&amp;Integrity and encryption: data will be encrypted, authenticated and unmodified.</source>
        <translation>&amp;Integrität und Verschlüsselung: Daten werden verschlüsselt, authentifiziert und nicht verändert.</translation>
    </message>
    <message>
        <source>Integrity &amp;only: data will be verified and protected from modification, but will not be encrypted.</source>
        <translation>&amp;Nur Integrität: Daten werden überprüft und vor Änderungen geschützt, aber nicht verschlüsselt.</translation>
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
    <name>ipsec::AddressPage</name>
    <message>
        <source>Specify the source address of the IP traffic.</source>
        <translation>Geben Sie die Quelladresse des IP-Datenverkehrs an.</translation>
    </message>
    <message>
        <source>Specify the destination address of the IP traffic.</source>
        <translation>Geben Sie die Zieladresse des IP-Datenverkehrs an.</translation>
    </message>
    <message>
        <source>When one side is a server (DNS, WINS, DHCP, gateway), the other side must be My IP Address.</source>
        <translation>Ist eine Seite ein Server (DNS, WINS, DHCP, Gateway), muss die andere Seite „Meine IP-Adresse“ sein.</translation>
    </message>
</context>
<context>
    <name>ipsec::AddressPicker</name>
    <message>
        <source>IP address or &amp;subnet:</source>
        <translation>IP-Adresse oder &amp;Subnetz:</translation>
    </message>
    <message>
        <source>&amp;Ending IP address:</source>
        <translation>&amp;End-IP-Adresse:</translation>
    </message>
    <message>
        <source>&amp;Host name:</source>
        <translation>&amp;Hostname:</translation>
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
        <translation>Eine bestimmte IP-Adresse oder ein bestimmtes Subnetz</translation>
    </message>
    <message>
        <source>A specific IP Address range</source>
        <translation>Ein bestimmter IP-Adressbereich</translation>
    </message>
    <message>
        <source>DNS Servers &lt;dynamic&gt;</source>
        <translation>DNS-Server &lt;dynamisch&gt;</translation>
    </message>
    <message>
        <source>WINS Servers &lt;dynamic&gt;</source>
        <translation>WINS-Server &lt;dynamisch&gt;</translation>
    </message>
    <message>
        <source>DHCP Server &lt;dynamic&gt;</source>
        <translation>DHCP-Server &lt;dynamisch&gt;</translation>
    </message>
    <message>
        <source>Default Gateway &lt;dynamic&gt;</source>
        <translation>Standardgateway &lt;dynamisch&gt;</translation>
    </message>
    <message>
        <source>&amp;Starting IP address:</source>
        <translation>Sta&amp;rt-IP-Adresse:</translation>
    </message>
    <message>
        <source>Source &amp;address:</source>
        <translation>&amp;Quelladresse:</translation>
    </message>
    <message>
        <source>Destination add&amp;ress:</source>
        <translation>Z&amp;ieladresse:</translation>
    </message>
    <message>
        <source>En&amp;ding IP address:</source>
        <translation>En&amp;d-IP-Adresse:</translation>
    </message>
    <message>
        <source>H&amp;ost name:</source>
        <translation>H&amp;ostname:</translation>
    </message>
    <message>
        <source>S&amp;tarting IP address:</source>
        <translation>S&amp;tart-IP-Adresse:</translation>
    </message>
    <message>
        <source>IP address or s&amp;ubnet:</source>
        <translation>IP-Adresse oder S&amp;ubnetz:</translation>
    </message>
</context>
<context>
    <name>ipsec::AnalysisDocks</name>
    <message>
        <source>Test a Packet</source>
        <translation>Paket testen</translation>
    </message>
    <message>
        <source>Intents</source>
        <translation>Absichten</translation>
    </message>
    <message>
        <source>Side A is this document, side B is %1. Each flow one side secures is checked against the other side&apos;s policy.</source>
        <translation>Seite A ist dieses Dokument, Seite B ist %1. Jeder Datenfluss, den eine Seite sichert, wird gegen die Richtlinie der anderen Seite geprüft.</translation>
    </message>
</context>
<context>
    <name>ipsec::ApplyDialog</name>
    <message>
        <source>Arm automatic &amp;rollback: restore the backup unless I confirm within</source>
        <translation>Automatisches Zu&amp;rücksetzen aktivieren: Sicherung wiederherstellen, wenn ich nicht bestätige, nach</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Apply Policy</source>
        <translation>Richtlinie anwenden</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Skript</translation>
    </message>
    <message>
        <source>Lock-out check</source>
        <translation>Aussperrungsprüfung</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>I have another way in: the policy affects %1, and I still want to apply it.</source>
        <translation>Ich habe einen anderen Zugang: Die Richtlinie betrifft %1, und ich möchte sie trotzdem anwenden.</translation>
    </message>
    <message>
        <source>Lock-out check (%1)</source>
        <translation>Aussperrungsprüfung (%1)</translation>
    </message>
    <message>
        <source>The backend cannot run here: %1</source>
        <translation>Das Backend kann hier nicht ausgeführt werden: %1</translation>
    </message>
    <message>
        <source>The plan has errors; see the Plan tab.</source>
        <translation>Der Plan enthält Fehler; siehe Registerkarte „Plan“.</translation>
    </message>
    <message>
        <source>Review the plan and the lock-out check, then apply.</source>
        <translation>Prüfen Sie den Plan und die Aussperrungsprüfung, und wenden Sie dann an.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>not confirmed</source>
        <translation>nicht bestätigt</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Ergebnis: %1</translation>
    </message>
    <message>
        <source>Failed step: %1</source>
        <translation>Fehlgeschlagener Schritt: %1</translation>
    </message>
    <message>
        <source>Backup: %1</source>
        <translation>Sicherung: %1</translation>
    </message>
    <message>
        <source>Findings:</source>
        <translation>Befunde:</translation>
    </message>
    <message>
        <source>Log:</source>
        <translation>Protokoll:</translation>
    </message>
    <message>
        <source>Applied and verified.</source>
        <translation>Angewendet und überprüft.</translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation>Nicht angewendet: %1</translation>
    </message>
    <message>
        <source>Cancelling after the current step…</source>
        <translation>Abbruch nach dem aktuellen Schritt…</translation>
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
        <translation>Die Richtlinie ist angewendet. Wenn Sie diesen Computer noch erreichen, behalten Sie sie. Andernfalls wird die Sicherung in %1:%2 wiederhergestellt.</translation>
    </message>
</context>
<context>
    <name>ipsec::AuthMethodDialog</name>
    <message>
        <source>Edit Authentication Method Properties</source>
        <translation>Eigenschaften der Authentifizierungsmethode bearbeiten</translation>
    </message>
    <message>
        <source>Active Directory default (&amp;Kerberos V5 protocol)</source>
        <translation>Active Directory-Standard (&amp;Kerberos V5-Protokoll)</translation>
    </message>
    <message>
        <source>Use a certificate from this &amp;certification authority (CA):</source>
        <translation>Zertifikat von dieser &amp;Zertifizierungsstelle (ZS) verwenden:</translation>
    </message>
    <message>
        <source>Use this string (&amp;preshared key):</source>
        <translation>Diese Zeichenfolge verwenden (&amp;vorinstallierter Schlüssel):</translation>
    </message>
    <message>
        <source>E&amp;xclude the CA name from the certificate request</source>
        <translation>ZS-Namen von der Zertifikatanforderung a&amp;usschließen</translation>
    </message>
    <message>
        <source>Enable certificate to account &amp;mapping</source>
        <translation>Zuordnung von Zertifikaten zu K&amp;onten aktivieren</translation>
    </message>
    <message>
        <source>The authentication method specifies how trust is established between the computers.</source>
        <translation>Die Authentifizierungsmethode gibt an, wie die Vertrauensstellung zwischen den Computern hergestellt wird.</translation>
    </message>
</context>
<context>
    <name>ipsec::AuthMethodPage</name>
    <message>
        <source>Set the initial authentication method for this security rule:</source>
        <translation>Legen Sie die anfängliche Authentifizierungsmethode für diese Sicherheitsregel fest:</translation>
    </message>
</context>
<context>
    <name>ipsec::AuthMethodPicker</name>
    <message>
        <source>Active Directory &amp;default (Kerberos V5 protocol)</source>
        <translation>Active Directory-&amp;Standard (Kerberos V5-Protokoll)</translation>
    </message>
    <message>
        <source>Use a &amp;certificate from this certification authority (CA):</source>
        <translation>Zert&amp;ifikat von dieser Zertifizierungsstelle (ZS) verwenden:</translation>
    </message>
    <message>
        <source>Use this &amp;string to protect the key exchange (preshared key):</source>
        <translation>Diese Zeichen&amp;folge zum Schutz des Schlüsselaustauschs verwenden (vorinstallierter Schlüssel):</translation>
    </message>
</context>
<context>
    <name>ipsec::BackendChooser</name>
    <message>
        <source>the computer&apos;s domain</source>
        <translation>die Domäne des Computers</translation>
    </message>
    <message>
        <source>netsh from PATH (Windows only)</source>
        <translation>netsh aus PATH (nur Windows)</translation>
    </message>
    <message>
        <source>the user&apos;s data folder</source>
        <translation>der Datenordner des Benutzers</translation>
    </message>
    <message>
        <source>in memory only</source>
        <translation>nur im Arbeitsspeicher</translation>
    </message>
    <message>
        <source>Local computer</source>
        <translation>Lokaler Computer</translation>
    </message>
    <message>
        <source>Active Directory domain</source>
        <translation>Active Directory-Domäne</translation>
    </message>
    <message>
        <source>&amp;Backend:</source>
        <translation>&amp;Backend:</translation>
    </message>
    <message>
        <source>S&amp;tore:</source>
        <translation>&amp;Speicher:</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Domäne:</translation>
    </message>
    <message>
        <source>&amp;netsh program:</source>
        <translation>&amp;netsh-Programm:</translation>
    </message>
    <message>
        <source>Data &amp;folder:</source>
        <translation>Daten&amp;ordner:</translation>
    </message>
    <message>
        <source>State &amp;file:</source>
        <translation>&amp;Zustandsdatei:</translation>
    </message>
    <message>
        <source>This build has no backend.</source>
        <translation>Dieser Build enthält kein Backend.</translation>
    </message>
    <message>
        <source>%1 — available</source>
        <translation>%1 — verfügbar</translation>
    </message>
    <message>
        <source>%1 — not available</source>
        <translation>%1 — nicht verfügbar</translation>
    </message>
    <message>
        <source>Available here.</source>
        <translation>Hier verfügbar.</translation>
    </message>
    <message>
        <source>Not available: %1</source>
        <translation>Nicht verfügbar: %1</translation>
    </message>
</context>
<context>
    <name>ipsec::BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>Bitte warten</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>ipsec::BaselineDefaults</name>
    <message>
        <source>What Windows 2000 offers by default: DES and 3DES, MD5 and SHA1, DH groups 1 and 2, any authentication.</source>
        <translation>Was Windows 2000 standardmäßig anbietet: DES und 3DES, MD5 und SHA1, DH-Gruppen 1 und 2, jede Authentifizierung.</translation>
    </message>
    <message>
        <source>The strongest netsh and the ipsecData blobs carry: 3DES, SHA1, DH group 14 (2048-bit, Windows Server 2003 and later), Kerberos or certificates.</source>
        <translation>Das Stärkste, was netsh und die ipsecData-Blobs tragen: 3DES, SHA1, DH-Gruppe 14 (2048 Bit, ab Windows Server 2003), Kerberos oder Zertifikate.</translation>
    </message>
    <message>
        <source>Windows Firewall (Vista and later): AES-GCM or AES, SHA-256 or SHA-384, DH group 14, 19 or 20, Kerberos or certificates.</source>
        <translation>Windows-Firewall (ab Vista): AES-GCM oder AES, SHA-256 oder SHA-384, DH-Gruppe 14, 19 oder 20, Kerberos oder Zertifikate.</translation>
    </message>
    <message>
        <source>Use &amp;Windows&apos; default methods instead of the crypto baseline &apos;%1&apos;</source>
        <translation>&amp;Windows-Standardmethoden statt der Krypto-Basislinie „%1“ verwenden</translation>
    </message>
</context>
<context>
    <name>ipsec::CustomSecurityMethodDialog</name>
    <message>
        <source>Data and address integrity without encryption (&amp;AH):</source>
        <translation>Daten- und Adressintegrität ohne Verschlüsselung (&amp;AH):</translation>
    </message>
    <message>
        <source>Data integrity and &amp;encryption (ESP):</source>
        <translation>Datenintegrität und -verschlüsselung (&amp;ESP):</translation>
    </message>
    <message>
        <source>Generate a new key every (&amp;Kbytes):</source>
        <translation>Neuen Schlüssel generieren nach (&amp;KB):</translation>
    </message>
    <message>
        <source>Generate a new key every (&amp;seconds):</source>
        <translation>Neuen Schlüssel generieren nach (&amp;Sekunden):</translation>
    </message>
    <message>
        <source>Custom Security Method Settings</source>
        <translation>Einstellungen für benutzerdefinierte Sicherheitsmethode</translation>
    </message>
    <message>
        <source>&lt;None&gt;</source>
        <translation>&lt;Keine&gt;</translation>
    </message>
    <message>
        <source>Specify the settings for this custom security method.</source>
        <translation>Legen Sie die Einstellungen für diese benutzerdefinierte Sicherheitsmethode fest.</translation>
    </message>
    <message>
        <source>Session key settings</source>
        <translation>Einstellungen für Sitzungsschlüssel</translation>
    </message>
    <message>
        <source>Choose AH or ESP; ESP needs an integrity or an encryption algorithm.</source>
        <translation>Wählen Sie AH oder ESP; ESP benötigt einen Integritäts- oder einen Verschlüsselungsalgorithmus.</translation>
    </message>
    <message>
        <source>Integrity a&amp;lgorithm:</source>
        <translation>Integritätsa&amp;lgorithmus:</translation>
    </message>
    <message>
        <source>In&amp;tegrity algorithm:</source>
        <translation>In&amp;tegritätsalgorithmus:</translation>
    </message>
    <message>
        <source>Encryption al&amp;gorithm:</source>
        <translation>Verschlüsselungsal&amp;gorithmus:</translation>
    </message>
</context>
<context>
    <name>ipsec::DefaultResponseEditor</name>
    <message>
        <source>&amp;Activate the default response rule</source>
        <translation>&amp;Standardantwortregel aktivieren</translation>
    </message>
    <message>
        <source>Windows Vista and later ignore the default response rule.</source>
        <translation>Windows Vista und höher ignorieren die Standardantwortregel.</translation>
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
        <translation>Standardantwortregel ändern</translation>
    </message>
    <message>
        <source>Edit security methods</source>
        <translation>Sicherheitsmethoden bearbeiten</translation>
    </message>
    <message>
        <source>Edit authentication methods</source>
        <translation>Authentifizierungsmethoden bearbeiten</translation>
    </message>
    <message>
        <source>Security method prefere&amp;nce order:</source>
        <translation>Bevorzugte Reihenfolge der Sicherheits&amp;methoden:</translation>
    </message>
    <message>
        <source>Authentication method prefere&amp;nce order:</source>
        <translation>Bevorzugte Reihenfolge der Authentifizierungs&amp;methoden:</translation>
    </message>
    <message>
        <source>Use &amp;session key perfect forward secrecy (PFS)</source>
        <translation>Sitzungsschlüssel mit &amp;Perfect Forward Secrecy (PFS) verwenden</translation>
    </message>
</context>
<context>
    <name>ipsec::Diagram</name>
    <message>
        <source>&lt;missing filter action&gt;</source>
        <translation>&lt;fehlende Filteraktion&gt;</translation>
    </message>
    <message>
        <source>Permit</source>
        <translation>Zulassen</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Blockieren</translation>
    </message>
    <message>
        <source>Negotiate (no methods)</source>
        <translation>Sicherheit aushandeln (keine Methoden)</translation>
    </message>
    <message>
        <source>&lt;unnamed rule&gt;</source>
        <translation>&lt;unbenannte Regel&gt;</translation>
    </message>
    <message>
        <source>falls back to clear</source>
        <translation>greift auf unverschlüsselt zurück</translation>
    </message>
    <message>
        <source>accepts unsecured</source>
        <translation>nimmt Ungesichertes an</translation>
    </message>
    <message>
        <source>tunnel to </source>
        <translation>Tunnel zu </translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inaktiv</translation>
    </message>
    <message>
        <source>Negotiate: encrypted</source>
        <translation>Aushandeln: verschlüsselt</translation>
    </message>
    <message>
        <source>Negotiate: integrity only</source>
        <translation>Aushandeln: nur Integrität</translation>
    </message>
    <message>
        <source>Permit (unprotected)</source>
        <translation>Zulassen (ungeschützt)</translation>
    </message>
    <message>
        <source>Missing filter action</source>
        <translation>Fehlende Filteraktion</translation>
    </message>
    <message>
        <source>Any IP address</source>
        <translation>Beliebige IP-Adresse</translation>
    </message>
    <message>
        <source>My IP address</source>
        <translation>Meine IP-Adresse</translation>
    </message>
    <message>
        <source>DNS servers</source>
        <translation>DNS-Server</translation>
    </message>
    <message>
        <source>WINS servers</source>
        <translation>WINS-Server</translation>
    </message>
    <message>
        <source>DHCP server</source>
        <translation>DHCP-Server</translation>
    </message>
    <message>
        <source>Default gateway</source>
        <translation>Standardgateway</translation>
    </message>
    <message>
        <source>every address</source>
        <translation>jede Adresse</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>dieser Computer</translation>
    </message>
    <message>
        <source>&lt;dynamic&gt;</source>
        <translation>&lt;dynamisch&gt;</translation>
    </message>
    <message>
        <source>DNS name, resolved once</source>
        <translation>DNS-Name, einmal aufgelöst</translation>
    </message>
    <message>
        <source>host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>subnet, %1 addresses</source>
        <translation>Teilnetz, %1 Adressen</translation>
    </message>
    <message>
        <source>subnet (non-contiguous mask)</source>
        <translation>Teilnetz (nicht zusammenhängende Maske)</translation>
    </message>
    <message>
        <source>address range</source>
        <translation>Adressbereich</translation>
    </message>
    <message>
        <source>Any protocol</source>
        <translation>Beliebiges Protokoll</translation>
    </message>
</context>
<context>
    <name>ipsec::DiagramLegend</name>
    <message>
        <source>Accepts or falls back to unsecured</source>
        <translation>Nimmt Ungesichertes an oder greift darauf zurück</translation>
    </message>
    <message>
        <source>Inactive rule</source>
        <translation>Inaktive Regel</translation>
    </message>
    <message>
        <source>Mirrored: also matches the reverse direction</source>
        <translation>Gespiegelt: gilt auch für die Gegenrichtung</translation>
    </message>
    <message>
        <source>The rule is inactive</source>
        <translation>Die Regel ist inaktiv</translation>
    </message>
</context>
<context>
    <name>ipsec::FieldCheck</name>
    <message>
        <source>An address field holds text that is not an address</source>
        <translation>Ein Adressfeld enthält Text, der keine Adresse ist</translation>
    </message>
    <message>
        <source>Type an IP address (10.0.1.5) or a subnet (10.0.1.0/24 or 10.0.1.0/255.255.255.0), or press Esc to restore the saved value.</source>
        <translation>Geben Sie eine IP-Adresse (10.0.1.5) oder ein Subnetz (10.0.1.0/24 oder 10.0.1.0/255.255.255.0) ein, oder stellen Sie mit Esc den gespeicherten Wert wieder her.</translation>
    </message>
    <message>
        <source>A port field holds text that is not a port 1-65535</source>
        <translation>Ein Portfeld enthält Text, der kein Port 1-65535 ist</translation>
    </message>
    <message>
        <source>Type a port from 1 to 65535, or press Esc to restore the saved value.</source>
        <translation>Geben Sie einen Port von 1 bis 65535 ein, oder stellen Sie mit Esc den gespeicherten Wert wieder her.</translation>
    </message>
    <message>
        <source>A name is taken by another object of the same kind</source>
        <translation>Ein Name ist bereits an ein anderes Objekt derselben Art vergeben</translation>
    </message>
    <message>
        <source>Type another name: netsh and the Windows dialogs refer to these objects by name.</source>
        <translation>Geben Sie einen anderen Namen ein: netsh und die Windows-Dialoge sprechen diese Objekte über ihren Namen an.</translation>
    </message>
    <message>
        <source>A number field holds text that is not a whole number in its range</source>
        <translation>Ein Zahlenfeld enthält Text, der keine ganze Zahl in seinem Bereich ist</translation>
    </message>
    <message>
        <source>Type a whole number in the range the message names, or press Esc to restore it.</source>
        <translation>Geben Sie eine ganze Zahl in dem Bereich ein, den die Meldung nennt, oder stellen Sie sie mit Esc wieder her.</translation>
    </message>
    <message>
        <source>A host name field holds text that is not a host name</source>
        <translation>Ein Hostnamenfeld enthält Text, der kein Hostname ist</translation>
    </message>
    <message>
        <source>Type a host name such as host1.ipsectest.com, without spaces.</source>
        <translation>Geben Sie einen Hostnamen wie host1.ipsectest.com ein, ohne Leerzeichen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has an empty part: write four numbers 0–255 with dots</source>
        <translation>„%1“ hat einen leeren Teil: Schreiben Sie vier Zahlen 0–255 mit Punkten</translation>
    </message>
    <message>
        <source>%1 is not an octet: 0–255</source>
        <translation>%1 ist kein Oktett: 0–255</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not four numbers 0–255 with dots</source>
        <translation>„%1“ sind nicht vier Zahlen 0–255 mit Punkten</translation>
    </message>
    <message>
        <source>the address is empty</source>
        <translation>die Adresse ist leer</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IPv4 or IPv6 address</source>
        <translation>„%1“ ist keine IPv4- oder IPv6-Adresse</translation>
    </message>
    <message>
        <source>/%1 is not a prefix length: 0–%2</source>
        <translation>/%1 ist keine Präfixlänge: 0–%2</translation>
    </message>
    <message>
        <source>the mask after / is missing: /24 or /255.255.255.0</source>
        <translation>die Maske nach / fehlt: /24 oder /255.255.255.0</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a mask for %2</source>
        <translation>„%1“ ist keine Maske für %2</translation>
    </message>
    <message>
        <source>the mask %1 is not contiguous: use one bits then zero bits, such as 255.255.255.0 (/24)</source>
        <translation>die Maske %1 ist nicht zusammenhängend: erst Einsen, dann Nullen, etwa 255.255.255.0 (/24)</translation>
    </message>
    <message>
        <source>%1 has bits outside its mask: the subnet is %2/%3</source>
        <translation>%1 hat Bits außerhalb seiner Maske: das Subnetz ist %2/%3</translation>
    </message>
    <message>
        <source>the range mixes IPv4 and IPv6</source>
        <translation>der Bereich mischt IPv4 und IPv6</translation>
    </message>
    <message>
        <source>the range ends at %1, before it starts</source>
        <translation>der Bereich endet bei %1, bevor er beginnt</translation>
    </message>
    <message>
        <source>the host name is empty</source>
        <translation>der Hostname ist leer</translation>
    </message>
    <message>
        <source>a host name has no spaces</source>
        <translation>ein Hostname hat keine Leerzeichen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a part of a host name: letters, digits and hyphens</source>
        <translation>„%1“ ist kein Teil eines Hostnamens: Buchstaben, Ziffern und Bindestriche</translation>
    </message>
    <message>
        <source>the port is empty</source>
        <translation>der Port ist leer</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a port number</source>
        <translation>„%1“ ist keine Portnummer</translation>
    </message>
    <message>
        <source>port 0 means any port: choose the any port option instead</source>
        <translation>Port 0 heißt beliebiger Port: Wählen Sie stattdessen „beliebiger Port“</translation>
    </message>
    <message>
        <source>%1 is not a port: ports go up to 65535</source>
        <translation>%1 ist kein Port: Ports reichen bis 65535</translation>
    </message>
    <message>
        <source>the port range %1-%2 ends before it starts</source>
        <translation>der Portbereich %1-%2 endet, bevor er beginnt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number from %2 to %3</source>
        <translation>„%1“ ist keine ganze Zahl von %2 bis %3</translation>
    </message>
    <message>
        <source>the name is empty: every object needs one</source>
        <translation>der Name ist leer: Jedes Objekt braucht einen</translation>
    </message>
    <message>
        <source>the name &apos;%1&apos; is taken</source>
        <translation>der Name „%1“ ist vergeben</translation>
    </message>
</context>
<context>
    <name>ipsec::FieldNames</name>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>polling interval</source>
        <translation>Abrufintervall</translation>
    </message>
    <message>
        <source>tunnel endpoint</source>
        <translation>Tunnelendpunkt</translation>
    </message>
    <message>
        <source>source port</source>
        <translation>Quellport</translation>
    </message>
    <message>
        <source>destination port</source>
        <translation>Zielport</translation>
    </message>
    <message>
        <source>ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>mirrored</source>
        <translation>Spiegelung</translation>
    </message>
    <message>
        <source>source address</source>
        <translation>Quelladresse</translation>
    </message>
    <message>
        <source>destination address</source>
        <translation>Zieladresse</translation>
    </message>
</context>
<context>
    <name>ipsec::FilterActionEditor</name>
    <message>
        <source>Bl&amp;ock</source>
        <translation>Blo&amp;ckieren</translation>
    </message>
    <message>
        <source>Negotiate &amp;security:</source>
        <translation>&amp;Sicherheit aushandeln:</translation>
    </message>
    <message>
        <source>A&amp;ccept unsecured communication, but always respond using IPsec</source>
        <translation>Unsichere &amp;Kommunikation annehmen, aber immer mit IPsec antworten</translation>
    </message>
    <message>
        <source>A&amp;llow unsecured communication with non-IPsec-aware computers</source>
        <translation>Unsichere Kommunikation mit Computern ohne IPsec-Unterstützung zu&amp;lassen</translation>
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
        <translation>Bes&amp;chreibung:</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Filter Action Properties</source>
        <translation>Filteraktionseigenschaften</translation>
    </message>
    <message>
        <source>Edit security methods of &apos;%1&apos;</source>
        <translation>Sicherheitsmethoden von „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Per&amp;mit</source>
        <translation>&amp;Zulassen</translation>
    </message>
    <message>
        <source>Security method prefere&amp;nce order:</source>
        <translation>Bevorzugte Reihenfolge der Sicherheits&amp;methoden:</translation>
    </message>
    <message>
        <source>Session &amp;key perfect forward secrecy (PFS)</source>
        <translation>Sitzungsschlüssel mit &amp;Perfect Forward Secrecy (PFS)</translation>
    </message>
</context>
<context>
    <name>ipsec::FilterActionPropertiesDialog</name>
    <message>
        <source>Per&amp;mit</source>
        <translation>&amp;Zulassen</translation>
    </message>
    <message>
        <source>Bl&amp;ock</source>
        <translation>Blo&amp;ckieren</translation>
    </message>
    <message>
        <source>Negotiate &amp;security:</source>
        <translation>&amp;Sicherheit aushandeln:</translation>
    </message>
    <message>
        <source>A&amp;ccept unsecured communication, but always respond using IPsec</source>
        <translation>Unsichere Kommunikation &amp;annehmen, aber immer mit IPsec antworten</translation>
    </message>
    <message>
        <source>Session key perfect forward secrecy (&amp;PFS)</source>
        <translation>Sitzungsschlüssel mit Perfect Forward Secrecy (&amp;PFS)</translation>
    </message>
    <message>
        <source>New Filter Action Properties</source>
        <translation>Eigenschaften der neuen Filteraktion</translation>
    </message>
    <message>
        <source>New Filter Action</source>
        <translation>Neue Filteraktion</translation>
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
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
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
        <translation>Geben Sie einen Namen für die Filteraktion ein.</translation>
    </message>
    <message>
        <source>A filter action named &apos;%1&apos; already exists.</source>
        <translation>Eine Filteraktion namens „%1“ ist bereits vorhanden.</translation>
    </message>
    <message>
        <source>Negotiate security needs at least one security method.</source>
        <translation>„Sicherheit aushandeln“ erfordert mindestens eine Sicherheitsmethode.</translation>
    </message>
    <message>
        <source>A&amp;llow unsecured communication if a secure connection cannot be established</source>
        <translation>Unsichere Kommunikation zu&amp;lassen, wenn keine sichere Verbindung hergestellt werden kann</translation>
    </message>
    <message>
        <source>Security method prefere&amp;nce order:</source>
        <translation>Bevorzugte &amp;Reihenfolge der Sicherheitsmethoden:</translation>
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
        <translation>Dieser Assistent hilft Ihnen beim Erstellen einer Filteraktion: ob Datenverkehr zugelassen, blockiert oder gesichert wird und welche Sicherheitsmethoden verwendet werden.</translation>
    </message>
    <message>
        <source>Filter Action General Options</source>
        <translation>Allgemeine Optionen der Filteraktion</translation>
    </message>
    <message>
        <source>Set the filter action behavior.</source>
        <translation>Legen Sie das Verhalten der Filteraktion fest.</translation>
    </message>
    <message>
        <source>Per&amp;mit</source>
        <translation>Zu&amp;lassen</translation>
    </message>
    <message>
        <source>Bl&amp;ock</source>
        <translation>&amp;Blockieren</translation>
    </message>
    <message>
        <source>Communicating with computers that do not support IPsec</source>
        <translation>Kommunikation mit Computern, die IPsec nicht unterstützen</translation>
    </message>
    <message>
        <source>Communicating with computers that do not support IPsec may expose your network to security risks.</source>
        <translation>Die Kommunikation mit Computern, die IPsec nicht unterstützen, kann Ihr Netzwerk Sicherheitsrisiken aussetzen.</translation>
    </message>
    <message>
        <source>&amp;Do not allow unsecured communication</source>
        <translation>Unsichere Kommunikation &amp;nicht zulassen</translation>
    </message>
    <message>
        <source>You have successfully completed the IP Security Filter Action wizard.</source>
        <translation>Sie haben den IP-Sicherheitsfilteraktions-Assistenten erfolgreich abgeschlossen.</translation>
    </message>
    <message>
        <source>Filter Action Name</source>
        <translation>Name der Filteraktion</translation>
    </message>
    <message>
        <source>Name this filter action and optionally give a brief description.</source>
        <translation>Geben Sie einen Namen und optional eine kurze Beschreibung für diese Filteraktion ein.</translation>
    </message>
    <message>
        <source>New Filter Action</source>
        <translation>Neue Filteraktion</translation>
    </message>
    <message>
        <source>A filter action named &apos;%1&apos; already exists.</source>
        <translation>Eine Filteraktion namens „%1“ ist bereits vorhanden.</translation>
    </message>
    <message>
        <source>Negotiate &amp;security</source>
        <translation>&amp;Sicherheit aushandeln</translation>
    </message>
    <message>
        <source>Fall back to &amp;unsecured communication</source>
        <translation>Auf &amp;unsichere Kommunikation zurückgreifen</translation>
    </message>
</context>
<context>
    <name>ipsec::FilterDescriptionPage</name>
    <message>
        <source>IP Filter Description and Mirrored property</source>
        <translation>IP-Filterbeschreibung und Eigenschaft „Gespiegelt“</translation>
    </message>
    <message>
        <source>Use the Description field to specify a name or a detailed explanation of the IP filter.</source>
        <translation>Verwenden Sie das Feld „Beschreibung“, um einen Namen oder eine ausführliche Erklärung des IP-Filters anzugeben.</translation>
    </message>
    <message>
        <source>&amp;Mirrored. Match packets with the exact opposite source and destination addresses.</source>
        <translation>&amp;Gespiegelt. Auch Pakete mit genau entgegengesetzten Quell- und Zieladressen abgleichen.</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
</context>
<context>
    <name>ipsec::FilterEditor</name>
    <message>
        <source>&amp;Mirrored. Match packets with the exact opposite source and
destination addresses.</source>
        <translation>&amp;Gespiegelt. Auch Pakete mit genau entgegengesetzten Quell- und
Zieladressen abgleichen.</translation>
    </message>
    <message>
        <source>IP Filter Properties</source>
        <translation>IP-Filtereigenschaften</translation>
    </message>
    <message>
        <source>In filter list &apos;%1&apos;</source>
        <translation>In Filterliste „%1“</translation>
    </message>
    <message>
        <source>Use the &amp;Description field to name or explain the filter.</source>
        <translation>Verwenden Sie das Feld „Bes&amp;chreibung“, um den Filter zu benennen oder zu erklären.</translation>
    </message>
</context>
<context>
    <name>ipsec::FilterFieldTabs</name>
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
    <name>ipsec::FilterListDialog</name>
    <message>
        <source>Use Add &amp;Wizard</source>
        <translation>&amp;Assistenten verwenden</translation>
    </message>
    <message>
        <source>IP Filter List</source>
        <translation>IP-Filterliste</translation>
    </message>
    <message>
        <source>New IP Filter List</source>
        <translation>Neue IP-Filterliste</translation>
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
        <translation>Quellport</translation>
    </message>
    <message>
        <source>Destination port</source>
        <translation>Zielport</translation>
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
        <translation>Eine IP-Filterliste besteht aus mehreren Filtern. Auf diese Weise können mehrere Subnetze, IP-Adressen und Protokolle in einem IP-Filter kombiniert werden.</translation>
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
        <translation>IP-&amp;Filter:</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Enter a name for the filter list.</source>
        <translation>Geben Sie einen Namen für die Filterliste ein.</translation>
    </message>
    <message>
        <source>A filter list named &apos;%1&apos; already exists.</source>
        <translation>Eine Filterliste namens „%1“ ist bereits vorhanden.</translation>
    </message>
</context>
<context>
    <name>ipsec::FilterListEditor</name>
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
        <translation>Bes&amp;chreibung:</translation>
    </message>
    <message>
        <source>Used:</source>
        <translation>Verwendung:</translation>
    </message>
    <message>
        <source>IP Filter List</source>
        <translation>IP-Filterliste</translation>
    </message>
    <message>
        <source>An IP filter list is composed of multiple filters. In this way, multiple subnets, IP addresses and protocols can be combined into one IP filter.</source>
        <translation>Eine IP-Filterliste besteht aus mehreren Filtern. Auf diese Weise können mehrere Subnetze, IP-Adressen und Protokolle in einem IP-Filter kombiniert werden.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Ed&amp;it...</source>
        <translation>Bearbei&amp;ten...</translation>
    </message>
    <message>
        <source>IP fi&amp;lters:</source>
        <translation>IP-&amp;Filter:</translation>
    </message>
</context>
<context>
    <name>ipsec::FilterPortPage</name>
    <message>
        <source>IP Protocol Port</source>
        <translation>IP-Protokollport</translation>
    </message>
    <message>
        <source>Set the IP protocol port. Many IP protocols use well-known ports.</source>
        <translation>Legen Sie den IP-Protokollport fest. Viele IP-Protokolle verwenden bekannte Ports.</translation>
    </message>
</context>
<context>
    <name>ipsec::FilterPropertiesDialog</name>
    <message>
        <source>&amp;Mirrored. Match packets with the exact opposite source and destination addresses.</source>
        <translation>&amp;Gespiegelt. Auch Pakete mit genau entgegengesetzten Quell- und Zieladressen abgleichen.</translation>
    </message>
    <message>
        <source>IP Filter Properties</source>
        <translation>IP-Filtereigenschaften</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
</context>
<context>
    <name>ipsec::FilterProtocolPage</name>
    <message>
        <source>IP Protocol Type</source>
        <translation>IP-Protokolltyp</translation>
    </message>
    <message>
        <source>Select the IP protocol type. If this is a TCP or UDP protocol type, you will also specify the source and destination port.</source>
        <translation>Wählen Sie den IP-Protokolltyp aus. Bei TCP oder UDP legen Sie außerdem den Quell- und den Zielport fest.</translation>
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
        <translation>Quellport</translation>
    </message>
    <message>
        <source>Destination Port</source>
        <translation>Zielport</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
</context>
<context>
    <name>ipsec::IkeMethodDialog</name>
    <message>
        <source>IKE Security Algorithms</source>
        <translation>IKE-Sicherheitsalgorithmen</translation>
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
    <name>ipsec::IntentsPanel</name>
    <message>
        <source>clear text (no filter)</source>
        <translation>Klartext (kein Filter)</translation>
    </message>
    <message>
        <source>permit</source>
        <translation>zulassen</translation>
    </message>
    <message>
        <source>block</source>
        <translation>blockieren</translation>
    </message>
    <message>
        <source>negotiate security</source>
        <translation>Sicherheit aushandeln</translation>
    </message>
    <message>
        <source>Add intent &apos;%1&apos;</source>
        <translation>Absicht „%1“ hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n intent(s)</source>
        <translation>
            <numerusform>%n Absicht entfernen</numerusform>
            <numerusform>%n Absichten entfernen</numerusform>
        </translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Erfüllt</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Verletzt</translation>
    </message>
    <message>
        <source>%1 (rule &apos;%2&apos;)</source>
        <translation>%1 (Regel „%2“)</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation>Unentschieden</translation>
    </message>
    <message>
        <source>a tie between equally specific filters</source>
        <translation>ein Gleichstand gleich spezifischer Filter</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>(assigned)</source>
        <translation>(zugewiesen)</translation>
    </message>
    <message>
        <source>No intents yet: test a packet and choose Add as Intent.</source>
        <translation>Noch keine Absichten: Testen Sie ein Paket und wählen Sie „Als Absicht hinzufügen“.</translation>
    </message>
    <message numerus="yes">
        <source>%n intent(s), %1 not passing</source>
        <translation>
            <numerusform>%n Absicht, %1 nicht erfüllt</numerusform>
            <numerusform>%n Absichten, %1 nicht erfüllt</numerusform>
        </translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source>Packet</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Tatsächlich</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
</context>
<context>
    <name>ipsec::IpFilterWizard</name>
    <message>
        <source>IP Filter Wizard</source>
        <translation>IP-Filter-Assistent</translation>
    </message>
    <message>
        <source>This wizard helps you provide the source, destination and traffic type information of an IP filter.</source>
        <translation>Dieser Assistent hilft Ihnen beim Angeben von Quelle, Ziel und Datenverkehrstyp eines IP-Filters.</translation>
    </message>
    <message>
        <source>IP Traffic Source</source>
        <translation>Quelle des IP-Datenverkehrs</translation>
    </message>
    <message>
        <source>IP Traffic Destination</source>
        <translation>Ziel des IP-Datenverkehrs</translation>
    </message>
    <message>
        <source>You have successfully completed specifying the properties for your new IP filter.</source>
        <translation>Sie haben die Eigenschaften des neuen IP-Filters erfolgreich festgelegt.</translation>
    </message>
</context>
<context>
    <name>ipsec::IpSecurityPolicyWizard</name>
    <message>
        <source>IP Security Policy Wizard</source>
        <translation>IP-Sicherheitsrichtlinien-Assistent</translation>
    </message>
    <message>
        <source>This wizard helps you create an IP Security policy. You will specify the level of security to use when communicating with specific computers or groups of computers (subnets), and for particular IP traffic types.</source>
        <translation>Dieser Assistent hilft Ihnen beim Erstellen einer IP-Sicherheitsrichtlinie. Sie legen die Sicherheitsstufe fest, die bei der Kommunikation mit bestimmten Computern oder Computergruppen (Subnetzen) und für bestimmte IP-Datenverkehrstypen verwendet wird.</translation>
    </message>
    <message>
        <source>You have successfully completed specifying the properties for your new IP Security policy.</source>
        <translation>Sie haben die Eigenschaften der neuen IP-Sicherheitsrichtlinie erfolgreich festgelegt.</translation>
    </message>
    <message>
        <source>IP Security Policy Name</source>
        <translation>Name der IP-Sicherheitsrichtlinie</translation>
    </message>
    <message>
        <source>Name this IP Security policy and provide a brief description.</source>
        <translation>Geben Sie einen Namen und eine kurze Beschreibung für diese IP-Sicherheitsrichtlinie ein.</translation>
    </message>
    <message>
        <source>New IP Security Policy</source>
        <translation>Neue IP-Sicherheitsrichtlinie</translation>
    </message>
    <message>
        <source>A policy named &apos;%1&apos; already exists.</source>
        <translation>Eine Richtlinie namens „%1“ ist bereits vorhanden.</translation>
    </message>
    <message>
        <source>Default Response Rule Authentication Method</source>
        <translation>Authentifizierungsmethode für die Standardantwortregel</translation>
    </message>
    <message>
        <source>To add multiple authentication methods, edit the default response rule after completing the wizard.</source>
        <translation>Bearbeiten Sie die Standardantwortregel nach Abschluss des Assistenten, um mehrere Authentifizierungsmethoden hinzuzufügen.</translation>
    </message>
</context>
<context>
    <name>ipsec::KeyExchangeDialog</name>
    <message>
        <source>Key Exchange Settings</source>
        <translation>Schlüsselaustauscheinstellungen</translation>
    </message>
    <message>
        <source>&amp;Master key perfect forward secrecy (PFS)</source>
        <translation>&amp;Hauptschlüssel mit Perfect Forward Secrecy (PFS)</translation>
    </message>
    <message>
        <source>default (480)</source>
        <translation>Standard (480)</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source>Authenticate and generate a new key after every (&amp;sessions):</source>
        <translation>Authentifizieren und neuen Schlüssel generieren nach (&amp;Sitzungen):</translation>
    </message>
    <message>
        <source>Security method &amp;preference order (Key Exchange Security Methods):</source>
        <translation>Bevorzugte &amp;Reihenfolge der Sicherheitsmethoden (Sicherheitsmethoden für den Schlüsselaustausch):</translation>
    </message>
    <message>
        <source>Authenticate and generate a new key after every (mi&amp;nutes):</source>
        <translation>Authentifizieren und neuen Schlüssel generieren nach (M&amp;inuten):</translation>
    </message>
</context>
<context>
    <name>ipsec::MainWindow</name>
    <message>
        <source>IPsec policy documents (*.ipsecstore *.json)</source>
        <translation>IPsec-Richtliniendokumente (*.ipsecstore *.json)</translation>
    </message>
    <message>
        <source>Search name, address, port, protocol…</source>
        <translation>Name, Adresse, Port, Protokoll suchen…</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Nicht geändert</translation>
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
        <translation>Neu aus &amp;Vorlage</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>Ö&amp;ffnen...</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Zuletzt &amp;geöffnet</translation>
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
        <source>&amp;Export...</source>
        <translation>&amp;Exportieren...</translation>
    </message>
    <message>
        <source>&amp;Review GPO Backup...</source>
        <translation>GPO-Sicherung &amp;prüfen...</translation>
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
        <translation>IP-Sicherheits&amp;richtlinie hinzufügen</translation>
    </message>
    <message>
        <source>Add &amp;Rule</source>
        <translation>Re&amp;gel hinzufügen</translation>
    </message>
    <message>
        <source>Add IP Filter &amp;List</source>
        <translation>IP-Filter&amp;liste hinzufügen</translation>
    </message>
    <message>
        <source>Add &amp;Filter</source>
        <translation>&amp;Filter hinzufügen</translation>
    </message>
    <message>
        <source>Add Filter &amp;Action</source>
        <translation>Filter&amp;aktion hinzufügen</translation>
    </message>
    <message>
        <source>A&amp;ssign / Un-assign</source>
        <translation>&amp;Zuweisen / Zuweisung aufheben</translation>
    </message>
    <message>
        <source>&amp;Check Policy Integrity</source>
        <translation>Richtlinienintegrität &amp;überprüfen</translation>
    </message>
    <message>
        <source>IP Security Policy &amp;Wizard...</source>
        <translation>IP-Sicherheitsrichtlinien-Assisten&amp;t...</translation>
    </message>
    <message>
        <source>Security Rule Wi&amp;zard...</source>
        <translation>Sicherheitsregel-Assi&amp;stent...</translation>
    </message>
    <message>
        <source>IP Filter Wiza&amp;rd...</source>
        <translation>I&amp;P-Filter-Assistent...</translation>
    </message>
    <message>
        <source>Filter Action Wizar&amp;d...</source>
        <translation>Filteraktio&amp;ns-Assistent...</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <source>&amp;Apply...</source>
        <translation>&amp;Anwenden...</translation>
    </message>
    <message>
        <source>&amp;Read from Backend...</source>
        <translation>Aus &amp;Backend lesen...</translation>
    </message>
    <message>
        <source>&amp;Compare with File...</source>
        <translation>Mit Datei &amp;vergleichen...</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptsymbolleiste</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>&lt;opened document&gt;</source>
        <translation>&lt;geöffnetes Dokument&gt;</translation>
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
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>IPsec Policy Designer</source>
        <translation>IPsec Policy Designer</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>The document has unsaved changes. Save them?</source>
        <translation>Das Dokument enthält nicht gespeicherte Änderungen. Möchten Sie sie speichern?</translation>
    </message>
    <message>
        <source>New from template</source>
        <translation>Neu aus Vorlage</translation>
    </message>
    <message>
        <source>There is no template &apos;%1&apos;.</source>
        <translation>Es gibt keine Vorlage „%1“.</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>Öffnen nicht möglich</translation>
    </message>
    <message>
        <source>%1 could not be opened:

%2</source>
        <translation>%1 konnte nicht geöffnet werden:

%2</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>The format &apos;%1&apos; cannot be imported.</source>
        <translation>Das Format „%1“ kann nicht importiert werden.</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <source>Nothing was imported from %1:

%2</source>
        <translation>Aus %1 wurde nichts importiert:

%2</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>The format &apos;%1&apos; cannot be exported.</source>
        <translation>Das Format „%1“ kann nicht exportiert werden.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Nothing was written:

%1</source>
        <translation>Es wurde nichts geschrieben:

%1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Speichern unter</translation>
    </message>
    <message>
        <source>This build has no import format.</source>
        <translation>Dieser Build enthält kein Importformat.</translation>
    </message>
    <message>
        <source>This build has no export format.</source>
        <translation>Dieser Build enthält kein Exportformat.</translation>
    </message>
    <message>
        <source>New IP Security Policy</source>
        <translation>Neue IP-Sicherheitsrichtlinie</translation>
    </message>
    <message>
        <source>Add Rule</source>
        <translation>Regel hinzufügen</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>Neue Regel</translation>
    </message>
    <message>
        <source>New IP Filter List</source>
        <translation>Neue IP-Filterliste</translation>
    </message>
    <message>
        <source>New Filter Action</source>
        <translation>Neue Filteraktion</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>It is %1:
%2

Delete those rules too?</source>
        <translation>Es wird %1:
%2

Diese Regeln ebenfalls löschen?</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Nicht gelöscht</translation>
    </message>
    <message>
        <source>Wizard</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <source>Opened %1 as a new document</source>
        <translation>%1 als neues Dokument geöffnet</translation>
    </message>
    <message>
        <source>Apply: %1</source>
        <translation>Anwenden: %1</translation>
    </message>
    <message>
        <source>the backend&apos;s store</source>
        <translation>Speicher des Backends</translation>
    </message>
    <message>
        <source>Read from backend</source>
        <translation>Aus Backend lesen</translation>
    </message>
    <message>
        <source>&amp;Open Firewall Content as Document</source>
        <translation>Firewall-Inhalt als Dokument ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open backup content</source>
        <translation>Sicherungsinhalt öffnen</translation>
    </message>
    <message>
        <source>The firewall content could not be translated:

%1</source>
        <translation>Der Firewall-Inhalt konnte nicht übersetzt werden:

%1</translation>
    </message>
    <message>
        <source>Migration report</source>
        <translation>Migrationsbericht</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>No format of this build reads %1.</source>
        <translation>Kein Format dieses Builds kann %1 lesen.</translation>
    </message>
    <message>
        <source>%1 could not be read:

%2</source>
        <translation>%1 konnte nicht gelesen werden:

%2</translation>
    </message>
    <message>
        <source>This document compared with %1</source>
        <translation>Dieses Dokument im Vergleich mit %1</translation>
    </message>
    <message>
        <source>Review GPO Backup (a backup&apos;s manifest.xml or Backup.xml, a registry.pol or a .wfw)</source>
        <translation>GPO-Sicherung prüfen (manifest.xml oder Backup.xml einer Sicherung, eine registry.pol oder eine .wfw)</translation>
    </message>
    <message>
        <source>GPO backups (*.xml *.pol *.wfw);;All files (*)</source>
        <translation>GPO-Sicherungen (*.xml *.pol *.wfw);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Compare with File</source>
        <translation>Mit Datei vergleichen</translation>
    </message>
    <message>
        <source>Policy files (%1);;All files (*)</source>
        <translation>Richtliniendateien (%1);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplizieren</translation>
    </message>
    <message>
        <source>The recovery copy %1 is unreadable and was ignored.</source>
        <translation>Die Wiederherstellungskopie %1 ist nicht lesbar und wurde ignoriert.</translation>
    </message>
    <message>
        <source>an untitled document</source>
        <translation>einem unbenannten Dokument</translation>
    </message>
    <message>
        <source>Recover unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen wiederherstellen</translation>
    </message>
    <message>
        <source>A recovery copy of %1 from %2 holds changes that were never saved (the program ended unexpectedly). Restore them?</source>
        <translation>Eine Wiederherstellungskopie von %1 vom %2 enthält Änderungen, die nie gespeichert wurden (das Programm wurde unerwartet beendet). Möchten Sie sie wiederherstellen?</translation>
    </message>
    <message>
        <source>Restore recovery copy</source>
        <translation>Wiederherstellungskopie wiederherstellen</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>clipboard</source>
        <translation>Zwischenablage</translation>
    </message>
    <message>
        <source>The clipboard holds no IPsec policy objects.</source>
        <translation>Die Zwischenablage enthält keine IPsec-Richtlinienobjekte.</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>%1 filter</source>
        <translation>%1 (Filter)</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederherstellen: %1</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>&amp;Einstellungen...</translation>
    </message>
    <message>
        <source>%1 rule</source>
        <translation>%1 (Regel)</translation>
    </message>
    <message>
        <source>Busy: wait until the running operation has finished.</source>
        <translation>Beschäftigt: Warten Sie, bis der laufende Vorgang abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <source>Opening %1 cancelled.</source>
        <translation>Öffnen von %1 abgebrochen.</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>%1 wird gespeichert…</translation>
    </message>
    <message>
        <source>Saving %1 cancelled; nothing was written.</source>
        <translation>Speichern von %1 abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message>
        <source>Import of %1 cancelled; the document is unchanged.</source>
        <translation>Import von %1 abgebrochen; das Dokument ist unverändert.</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Export nach %1…</translation>
    </message>
    <message>
        <source>Export to %1 cancelled; nothing was written.</source>
        <translation>Export nach %1 abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Could not write the recovery copy: %1</source>
        <translation>Die Wiederherstellungskopie konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>The document could not be saved:
%1</source>
        <translation>Das Dokument konnte nicht gespeichert werden:
%1</translation>
    </message>
    <message>
        <source>Import of %1 not opened; the document is unchanged.</source>
        <translation>Der Import von %1 wurde nicht geöffnet; das Dokument ist unverändert.</translation>
    </message>
    <message>
        <source>Create a filter action first: every rule needs one.</source>
        <translation>Erstellen Sie zuerst eine Filteraktion: Jede Regel braucht eine.</translation>
    </message>
    <message>
        <source>Select a policy first.</source>
        <translation>Wählen Sie zuerst eine Richtlinie aus.</translation>
    </message>
    <message>
        <source>Select an IP filter list or one of its filters first.</source>
        <translation>Wählen Sie zuerst eine IP-Filterliste oder einen ihrer Filter aus.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 without the text of %n refused field(s): see Problems.</source>
        <translation>
            <numerusform>%1 gespeichert ohne den Text von %n abgelehnten Feld: siehe Probleme.</numerusform>
            <numerusform>%1 gespeichert ohne den Text von %n abgelehnten Feldern: siehe Probleme.</numerusform>
        </translation>
    </message>
    <message>
        <source>Create a filter action first (Policy → Add Filter Action): every rule needs one.</source>
        <translation>Erstellen Sie zuerst eine Filteraktion (Richtlinie → Filteraktion hinzufügen): Jede Regel braucht eine.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>History entry of a finished wizard: &quot;IP Filter Wizard: filter &apos;me ↔ any&apos;&quot;. %1 wizard, %2 what.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Reviewing %1…</source>
        <translation>%1 wird geprüft…</translation>
    </message>
    <message>
        <source>Check against a &amp;Peer Policy...</source>
        <translation>Gegen eine &amp;Gegenstellen-Richtlinie prüfen...</translation>
    </message>
    <message>
        <source>Check against a Peer Policy</source>
        <translation>Gegen eine Gegenstellen-Richtlinie prüfen</translation>
    </message>
    <message>
        <source>This document checked against %1</source>
        <translation>Dieses Dokument geprüft gegen %1</translation>
    </message>
</context>
<context>
    <name>ipsec::MethodListWidget</name>
    <message>
        <source>A&amp;dd...</source>
        <translation>Hinzu&amp;fügen...</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Ed&amp;it...</source>
        <translation>Bearbei&amp;ten...</translation>
    </message>
</context>
<context>
    <name>ipsec::NameDescriptionPage</name>
    <message>
        <source>N&amp;ame:</source>
        <translation>N&amp;ame:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
</context>
<context>
    <name>ipsec::NavigatorModel</name>
    <message>
        <source>IP Security Policies</source>
        <translation>IP-Sicherheitsrichtlinien</translation>
    </message>
    <message>
        <source>IP Filter Lists</source>
        <translation>IP-Filterlisten</translation>
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
        <translation> · zugewiesen</translation>
    </message>
    <message>
        <source>&lt;Dynamic&gt; (default response rule)</source>
        <translation>&lt;Dynamisch&gt; (Standardantwortregel)</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inaktiv</translation>
    </message>
    <message>
        <source>default response rule</source>
        <translation>Standardantwortregel</translation>
    </message>
    <message>
        <source>(no filter list)</source>
        <translation>(keine Filterliste)</translation>
    </message>
    <message>
        <source>(missing filter action)</source>
        <translation>(Filteraktion fehlt)</translation>
    </message>
    <message>
        <source> (inactive)</source>
        <translation> (inaktiv)</translation>
    </message>
    <message>
        <source>%1 policy</source>
        <translation>%1 Richtlinie</translation>
    </message>
    <message>
        <source>%1 policies</source>
        <translation>%1 Richtlinien</translation>
    </message>
    <message>
        <source>%1 filter list</source>
        <translation>%1 Filterliste</translation>
    </message>
    <message>
        <source>%1 filter lists</source>
        <translation>%1 Filterlisten</translation>
    </message>
    <message>
        <source>%1 filter action</source>
        <translation>%1 Filteraktion</translation>
    </message>
    <message>
        <source>%1 filter actions</source>
        <translation>%1 Filteraktionen</translation>
    </message>
    <message>
        <source>%1 rule</source>
        <translation>%1 Regel</translation>
    </message>
    <message>
        <source>%1 rules</source>
        <translation>%1 Regeln</translation>
    </message>
    <message>
        <source>%1 filter</source>
        <translation>%1 Filter</translation>
    </message>
    <message>
        <source>%1 filters</source>
        <translation>%1 Filter</translation>
    </message>
    <message>
        <source>%1 method</source>
        <translation>%1 Methode</translation>
    </message>
    <message>
        <source>%1 methods</source>
        <translation>%1 Methoden</translation>
    </message>
    <message>
        <source>Permit</source>
        <translation>Zulassen</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Blockieren</translation>
    </message>
    <message>
        <source>Negotiate security</source>
        <translation>Sicherheit aushandeln</translation>
    </message>
</context>
<context>
    <name>ipsec::NetshExport</name>
    <message>
        <source>&apos;%1&apos;</source>
        <extracomment>How a message quotes an object&apos;s name; German uses „%1“.</extracomment>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>Filter list %1</source>
        <translation>Filterliste %1</translation>
    </message>
    <message>
        <source>Filter action %1</source>
        <translation>Filteraktion %1</translation>
    </message>
    <message>
        <source>Policy %1</source>
        <translation>Richtlinie %1</translation>
    </message>
    <message>
        <source>%1 / rule %2</source>
        <translation>%1 / Regel %2</translation>
    </message>
    <message>
        <source>%1 / default response rule</source>
        <translation>%1 / Standardantwortregel</translation>
    </message>
    <message>
        <source>left out: %1</source>
        <translation>ausgelassen: %1</translation>
    </message>
    <message>
        <source>change the object, or export with --skip-unsupported to leave it out</source>
        <translation>ändern Sie das Objekt, oder exportieren Sie mit --skip-unsupported, um es auszulassen</translation>
    </message>
    <message>
        <source> at character %1</source>
        <translation> (bei Zeichen %1)</translation>
    </message>
    <message>
        <source>the %1 %2%3</source>
        <extracomment>%1 is what the text is (&quot;name&quot;, &quot;description&quot;), %2 why it was refused, %3 where (&quot; at character 4&quot;).</extracomment>
        <translation>%1 %2%3</translation>
    </message>
    <message>
        <source>rename or edit the text; netsh cannot carry it safely</source>
        <translation>benennen Sie um oder bearbeiten Sie den Text; netsh kann ihn nicht sicher übertragen</translation>
    </message>
    <message>
        <source>no policy with the id or name %1</source>
        <translation>keine Richtlinie mit der ID oder dem Namen %1</translation>
    </message>
    <message>
        <source>the %1 has no name, and netsh refers to it by name</source>
        <translation>die %1 hat keinen Namen, und netsh spricht sie über ihren Namen an</translation>
    </message>
    <message>
        <source>another %1 has the same name (netsh compares names without case)</source>
        <translation>eine andere %1 hat denselben Namen (netsh vergleicht Namen ohne Groß-/Kleinschreibung)</translation>
    </message>
    <message>
        <source>give every %1 a unique name</source>
        <translation>geben Sie jeder %1 einen eindeutigen Namen</translation>
    </message>
    <message>
        <source>filter list</source>
        <extracomment>An object kind inside a sentence: &quot;the %1 has no name&quot;, &quot;give every %1 a unique name&quot;.</extracomment>
        <translation>Filterliste</translation>
    </message>
    <message>
        <source>filter action</source>
        <extracomment>An object kind inside a sentence: &quot;the %1 has no name&quot;, &quot;give every %1 a unique name&quot;.</extracomment>
        <translation>Filteraktion</translation>
    </message>
    <message>
        <source>policy</source>
        <extracomment>An object kind inside a sentence: &quot;the %1 has no name&quot;, &quot;give every %1 a unique name&quot;.</extracomment>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source>the rule has no name</source>
        <translation>die Regel hat keinen Namen</translation>
    </message>
    <message>
        <source>another rule of this policy has the same name</source>
        <translation>eine andere Regel dieser Richtlinie hat denselben Namen</translation>
    </message>
    <message>
        <source>give every rule of a policy a unique name</source>
        <translation>geben Sie jeder Regel einer Richtlinie einen eindeutigen Namen</translation>
    </message>
    <message>
        <source>the IPv6 subnet %1 cannot be written: netsh ipsec static takes masks for IPv4 only</source>
        <translation>das IPv6-Teilnetz %1 kann nicht geschrieben werden: netsh ipsec static nimmt Masken nur für IPv4 an</translation>
    </message>
    <message>
        <source>use IPv6 host addresses or ranges, or export for Windows Firewall</source>
        <translation>verwenden Sie IPv6-Hostadressen oder -Bereiche, oder exportieren Sie für die Windows-Firewall</translation>
    </message>
    <message>
        <source>the range %1 mixes IP versions</source>
        <translation>der Bereich %1 mischt IP-Versionen</translation>
    </message>
    <message>
        <source>the DNS name %1 would be read by netsh as a keyword or an address</source>
        <translation>der DNS-Name %1 würde von netsh als Schlüsselwort oder Adresse gelesen</translation>
    </message>
    <message>
        <source>DNS name</source>
        <translation>der DNS-Name</translation>
    </message>
    <message>
        <source>a DNS/WINS/DHCP/gateway address needs &quot;me&quot; on the other side (netsh refuses %1 to %2)</source>
        <translation>eine DNS-/WINS-/DHCP-/Gateway-Adresse braucht „me“ auf der anderen Seite (netsh lehnt %1 nach %2 ab)</translation>
    </message>
    <message>
        <source>security method %1 (%2): %3</source>
        <extracomment>%1 is the method&apos;s number, %2 the method, %3 why netsh cannot write it.</extracomment>
        <translation>Sicherheitsmethode %1 (%2): %3</translation>
    </message>
    <message>
        <source>no security method netsh can write; without qmsecmethods netsh would use its defaults (Q2)</source>
        <translation>keine Sicherheitsmethode, die netsh schreiben kann; ohne qmsecmethods würde netsh seine Standardwerte verwenden (Q2)</translation>
    </message>
    <message>
        <source>add at least one DES/3DES/MD5/SHA1 security method</source>
        <translation>fügen Sie mindestens eine DES-/3DES-/MD5-/SHA1-Sicherheitsmethode hinzu</translation>
    </message>
    <message>
        <source>Kerberos is listed twice</source>
        <translation>Kerberos ist zweimal aufgeführt</translation>
    </message>
    <message>
        <source>netsh takes one preshared key per rule</source>
        <translation>netsh nimmt einen vorinstallierten Schlüssel pro Regel an</translation>
    </message>
    <message>
        <source>preshared key</source>
        <translation>der vorinstallierte Schlüssel</translation>
    </message>
    <message>
        <source>the certificate authority name %1 %2</source>
        <translation>der Name der Zertifizierungsstelle %1 %2</translation>
    </message>
    <message>
        <source>netsh writes a &quot; in a CA name as \&apos;, which this exporter does not produce; edit the CA name</source>
        <translation>netsh schreibt ein &quot; im Namen einer Zertifizierungsstelle als \&apos;, was dieser Exporter nicht erzeugt; bearbeiten Sie den Namen der Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>no authentication method; netsh would use its dynamic defaults (Q7)</source>
        <translation>keine Authentifizierungsmethode; netsh würde seine dynamischen Standardwerte verwenden (Q7)</translation>
    </message>
    <message>
        <source>add Kerberos, a certificate or a preshared key</source>
        <translation>fügen Sie Kerberos, ein Zertifikat oder einen vorinstallierten Schlüssel hinzu</translation>
    </message>
    <message>
        <source>name</source>
        <translation>der Name</translation>
    </message>
    <message>
        <source>description</source>
        <translation>die Beschreibung</translation>
    </message>
    <message>
        <source>%1 / filter %2</source>
        <translation>%1 / Filter %2</translation>
    </message>
    <message>
        <source>the port range %1 cannot be written: netsh ipsec static takes single ports</source>
        <translation>der Portbereich %1 kann nicht geschrieben werden: netsh ipsec static nimmt nur einzelne Ports an</translation>
    </message>
    <message>
        <source>split it into one filter per port, or export for Windows Firewall</source>
        <translation>teilen Sie ihn in einen Filter pro Port auf, oder exportieren Sie für die Windows-Firewall</translation>
    </message>
    <message>
        <source>ports are only meaningful with TCP or UDP, not protocol %1</source>
        <translation>Ports sind nur mit TCP oder UDP sinnvoll, nicht mit Protokoll %1</translation>
    </message>
    <message>
        <source>a %1 action keeps no security methods in netsh, but this one has %2</source>
        <extracomment>%1 is the netsh action keyword (permit, block), %2 a number.</extracomment>
        <translation>eine Aktion %1 behält in netsh keine Sicherheitsmethoden, aber diese hat %2</translation>
    </message>
    <message>
        <source>remove the security methods or make the action negotiate</source>
        <translation>entfernen Sie die Sicherheitsmethoden, oder setzen Sie die Aktion auf negotiate</translation>
    </message>
    <message>
        <source>with master key PFS netsh sets quick modes per main mode to 1, not %1</source>
        <translation>mit Hauptschlüssel-PFS setzt netsh die Sitzungen pro Hauptschlüssel auf 1, nicht auf %1</translation>
    </message>
    <message>
        <source>set quick modes per main mode to 1</source>
        <translation>setzen Sie die Sitzungen pro Hauptschlüssel auf 1</translation>
    </message>
    <message>
        <source>IKE method %1 (%2): %3</source>
        <extracomment>%1 is the method&apos;s number, %2 the method, %3 why netsh cannot write it.</extracomment>
        <translation>IKE-Methode %1 (%2): %3</translation>
    </message>
    <message>
        <source>no IKE security method netsh can write; without mmsecmethods netsh would use its defaults (Q2)</source>
        <translation>keine IKE-Sicherheitsmethode, die netsh schreiben kann; ohne mmsecmethods würde netsh seine Standardwerte verwenden (Q2)</translation>
    </message>
    <message>
        <source>the rule&apos;s filter action does not exist</source>
        <translation>die Filteraktion der Regel existiert nicht</translation>
    </message>
    <message>
        <source>the rule has no filter list, or it does not exist</source>
        <translation>die Regel hat keine Filterliste, oder diese existiert nicht</translation>
    </message>
    <message>
        <source>choose an existing filter list and filter action</source>
        <translation>wählen Sie eine vorhandene Filterliste und Filteraktion</translation>
    </message>
    <message>
        <source>the rule uses %1, which was not written</source>
        <translation>die Regel verwendet %1, die nicht geschrieben wurde</translation>
    </message>
    <message>
        <source>netsh has no tag for a rule&apos;s interface name</source>
        <translation>netsh hat keinen Parameter für den Schnittstellennamen einer Regel</translation>
    </message>
    <message>
        <source>the tunnel endpoint %1 is not IPv4; netsh ipsec static takes IPv4 or a DNS name</source>
        <translation>der Tunnelendpunkt %1 ist keine IPv4-Adresse; netsh ipsec static nimmt IPv4 oder einen DNS-Namen an</translation>
    </message>
    <message>
        <source>tunnel endpoint name</source>
        <translation>der Name des Tunnelendpunkts</translation>
    </message>
    <message>
        <source>the tunnel DNS name looks like an address</source>
        <translation>der DNS-Name des Tunnels sieht wie eine Adresse aus</translation>
    </message>
    <message>
        <source>policy name</source>
        <translation>der Richtlinienname</translation>
    </message>
    <message>
        <source>filter list name</source>
        <translation>der Filterlistenname</translation>
    </message>
    <message>
        <source>filter action name</source>
        <translation>der Filteraktionsname</translation>
    </message>
    <message>
        <source>--gpo-name applies to the domain store only; it was not written</source>
        <translation>--gpo-name gilt nur für den Domänenspeicher; es wurde nicht geschrieben</translation>
    </message>
    <message>
        <source>--assign was given, but no exported policy is marked assigned</source>
        <translation>--assign wurde angegeben, aber keine exportierte Richtlinie ist als zugewiesen markiert</translation>
    </message>
    <message>
        <source>the policy is marked assigned, but the script does not assign it</source>
        <translation>die Richtlinie ist als zugewiesen markiert, aber das Skript weist sie nicht zu</translation>
    </message>
    <message>
        <source>export with --assign to write set policy ... assign=yes</source>
        <translation>exportieren Sie mit --assign, um set policy ... assign=yes zu schreiben</translation>
    </message>
    <message>
        <source>--assign has no effect in the domain store (netsh help); use --gpo-name</source>
        <translation>--assign hat im Domänenspeicher keine Wirkung (netsh-Hilfe); verwenden Sie --gpo-name</translation>
    </message>
    <message>
        <source>--gpo-name was given, but no exported policy is marked assigned</source>
        <translation>--gpo-name wurde angegeben, aber keine exportierte Richtlinie ist als zugewiesen markiert</translation>
    </message>
    <message>
        <source>the policy is marked assigned, but no GPO was named</source>
        <translation>die Richtlinie ist als zugewiesen markiert, aber kein GPO wurde genannt</translation>
    </message>
    <message>
        <source>export with --gpo-name NAME to write the GPO assignment</source>
        <translation>exportieren Sie mit --gpo-name NAME, um die GPO-Zuweisung zu schreiben</translation>
    </message>
    <message>
        <source>GPO name</source>
        <translation>der GPO-Name</translation>
    </message>
    <message>
        <source>set policy gponame= assigns the policy to the GPO; its exact behaviour is not confirmed (Q11)</source>
        <translation>set policy gponame= weist die Richtlinie dem GPO zu; das genaue Verhalten ist nicht bestätigt (Q11)</translation>
    </message>
    <message>
        <source>check the GPO&apos;s IP Security setting after running the script</source>
        <translation>prüfen Sie nach dem Ausführen des Skripts die IP-Sicherheitseinstellung des GPO</translation>
    </message>
    <message>
        <source>the script holds non-ASCII names; netsh -f reads it in the console code page</source>
        <translation>das Skript enthält Nicht-ASCII-Namen; netsh -f liest es in der Codepage der Konsole</translation>
    </message>
    <message>
        <source>run chcp 65001 before netsh -f, or use the cmd form</source>
        <translation>führen Sie chcp 65001 vor netsh -f aus, oder verwenden Sie die cmd-Form</translation>
    </message>
    <message>
        <source>a command could not be made safe for cmd.exe: %1</source>
        <translation>ein Befehl konnte nicht für cmd.exe abgesichert werden: %1</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>domain name</source>
        <translation>der Domänenname</translation>
    </message>
    <message>
        <source>each line of a .cmd file runs its own netsh process; whether set store and set batch carry over to the next process is not confirmed</source>
        <translation>jede Zeile einer .cmd-Datei startet einen eigenen netsh-Prozess; ob set store und set batch im nächsten Prozess fortwirken, ist nicht bestätigt</translation>
    </message>
    <message>
        <source>for a domain store or batch mode, prefer --form netsh-f</source>
        <translation>für einen Domänenspeicher oder den Batchmodus ist --form netsh-f vorzuziehen</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) that netsh cannot express were left out of the script</source>
        <translation>
            <numerusform>%n Element, das netsh nicht ausdrücken kann, wurde im Skript ausgelassen</numerusform>
            <numerusform>%n Elemente, die netsh nicht ausdrücken kann, wurden im Skript ausgelassen</numerusform>
        </translation>
    </message>
    <message>
        <source>each is listed above and marked SKIPPED in the script</source>
        <translation>jedes ist oben aufgeführt und im Skript mit SKIPPED markiert</translation>
    </message>
    <message>
        <source>contains a double quote (&quot;), which cannot be written inside a quoted script value</source>
        <translation>enthält ein doppeltes Anführungszeichen (&quot;), das in einem Skriptwert in Anführungszeichen nicht geschrieben werden kann</translation>
    </message>
    <message>
        <source>contains a line break, which would end the command</source>
        <translation>enthält einen Zeilenumbruch, der den Befehl beenden würde</translation>
    </message>
    <message>
        <source>contains a control character, which a script line cannot carry</source>
        <translation>enthält ein Steuerzeichen, das eine Skriptzeile nicht aufnehmen kann</translation>
    </message>
    <message>
        <source>ends with a backslash, which Windows would read together with the closing quote as an escaped quote (Q69)</source>
        <translation>endet mit einem umgekehrten Schrägstrich, den Windows zusammen mit dem schließenden Anführungszeichen als maskiertes Anführungszeichen lesen würde (Q69)</translation>
    </message>
    <message>
        <source>contains \&apos; or a certmap:/excludecaname: word, which netsh reads as part of the rootca syntax</source>
        <translation>enthält \&apos; oder ein Wort certmap:/excludecaname:, das netsh als Teil der rootca-Syntax liest</translation>
    </message>
    <message>
        <source>has an odd number of double quotes, which would leave text unprotected</source>
        <translation>hat eine ungerade Anzahl doppelter Anführungszeichen, wodurch Text ungeschützt bliebe</translation>
    </message>
    <message>
        <source>is empty, and netsh needs a name</source>
        <translation>ist leer, und netsh benötigt einen Namen</translation>
    </message>
</context>
<context>
    <name>ipsec::NetworkTypePage</name>
    <message>
        <source>Network Type</source>
        <translation>Netzwerktyp</translation>
    </message>
    <message>
        <source>The security rule must be applied to a network type.</source>
        <translation>Die Sicherheitsregel muss auf einen Netzwerktyp angewendet werden.</translation>
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
        <translation>
            <numerusform>… und %n weiterer Eintrag im Bereich „Probleme“</numerusform>
            <numerusform>… und %n weitere Einträge im Bereich „Probleme“</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ipsec::PacketTestPanel</name>
    <message>
        <source>no filter matches: clear text</source>
        <translation>kein Filter greift: Klartext</translation>
    </message>
    <message>
        <source>permit</source>
        <translation>zulassen</translation>
    </message>
    <message>
        <source>block</source>
        <translation>blockieren</translation>
    </message>
    <message>
        <source>negotiate security</source>
        <translation>Sicherheit aushandeln</translation>
    </message>
    <message>
        <source>The assigned policy</source>
        <translation>Die zugewiesene Richtlinie</translation>
    </message>
    <message>
        <source>Type a destination address (and a source: an address or me).</source>
        <translation>Geben Sie eine Zieladresse ein (und eine Quelle: eine Adresse oder me).</translation>
    </message>
    <message>
        <source>Not a packet: %1.</source>
        <translation>Kein Paket: %1.</translation>
    </message>
    <message>
        <source>No policy to test: %1.</source>
        <translation>Keine Richtlinie zum Testen: %1.</translation>
    </message>
    <message>
        <source>Policy &apos;%1&apos;: %2.</source>
        <translation>Richtlinie „%1“: %2.</translation>
    </message>
    <message>
        <source>Policy &apos;%1&apos;: rule &apos;%2&apos; wins → %3.</source>
        <translation>Richtlinie „%1“: Regel „%2“ gewinnt → %3.</translation>
    </message>
    <message>
        <source>Tie: an equally specific filter treats it differently; which one Windows applies is not confirmed.</source>
        <translation>Gleichstand: Ein gleich spezifischer Filter behandelt es anders; welchen Windows anwendet, ist nicht bestätigt.</translation>
    </message>
    <message>
        <source>Not certain: the filters overlap without nesting, so the order rests on the documented weight model.</source>
        <translation>Nicht sicher: Die Filter überschneiden sich, ohne ineinander zu liegen, daher beruht die Reihenfolge auf dem dokumentierten Gewichtungsmodell.</translation>
    </message>
    <message>
        <source> (mirrored)</source>
        <translation> (gespiegelt)</translation>
    </message>
    <message>
        <source>&lt;missing&gt;</source>
        <translation>&lt;fehlt&gt;</translation>
    </message>
    <message>
        <source>&amp;Policy:</source>
        <translation>&amp;Richtlinie:</translation>
    </message>
    <message>
        <source>P&amp;rotocol:</source>
        <translation>Pr&amp;otokoll:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <source>address or me</source>
        <translation>Adresse oder me</translation>
    </message>
    <message>
        <source>port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Add as &amp;Intent</source>
        <translation>Als &amp;Absicht hinzufügen</translation>
    </message>
    <message>
        <source>Keep this packet and what happens to it now as an intent: validation then reports when a change breaks it.</source>
        <translation>Dieses Paket und was jetzt mit ihm geschieht als Absicht behalten: Die Prüfung meldet dann, wenn eine Änderung sie verletzt.</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Filter list</source>
        <translation>Filterliste</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Filter action</source>
        <translation>Filteraktion</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Behandlung</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
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
        <translation>Richtliniendiagramm</translation>
    </message>
    <message>
        <source>Select a policy to see what it does.</source>
        <translation>Wählen Sie eine Richtlinie aus, um zu sehen, was sie bewirkt.</translation>
    </message>
    <message>
        <source>Filter list %1</source>
        <translation>Filterliste %1</translation>
    </message>
    <message>
        <source>Filter list: %1</source>
        <translation>Filterliste: %1</translation>
    </message>
    <message>
        <source>Policy %1</source>
        <translation>Richtlinie %1</translation>
    </message>
    <message>
        <source>1 active rule</source>
        <translation>1 aktive Regel</translation>
    </message>
    <message>
        <source>%1 active rules</source>
        <translation>%1 aktive Regeln</translation>
    </message>
    <message>
        <source>default response rule active (earlier versions of Windows only)</source>
        <translation>Standardantwortregel aktiv (nur frühere Windows-Versionen)</translation>
    </message>
    <message>
        <source>default response rule inactive</source>
        <translation>Standardantwortregel inaktiv</translation>
    </message>
    <message>
        <source>%1 more filters not drawn</source>
        <translation>%1 weitere Filter nicht gezeichnet</translation>
    </message>
    <message>
        <source>no rules with filters: traffic is not subject to IPsec</source>
        <translation>keine Regeln mit Filtern: Datenverkehr unterliegt nicht IPsec</translation>
    </message>
    <message>
        <source>Filter list: %1 (%2 more filters not drawn)</source>
        <translation>Filterliste: %1 (%2 weitere Filter nicht gezeichnet)</translation>
    </message>
</context>
<context>
    <name>ipsec::PolicyEditor</name>
    <message>
        <source>A&amp;dd...</source>
        <translation>Hinzu&amp;fügen...</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> Minuten</translation>
    </message>
    <message>
        <source>&amp;Assigned (the one policy this computer or GPO applies)</source>
        <translation>&amp;Zugewiesen (die eine Richtlinie, die dieser Computer bzw. dieses GPO anwendet)</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>&amp;Einstellungen...</translation>
    </message>
    <message>
        <source>Perform key exchange using these settings:</source>
        <translation>Schlüsselaustausch mit diesen Einstellungen durchführen:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>Bes&amp;chreibung:</translation>
    </message>
    <message>
        <source>Check for policy &amp;changes every:</source>
        <translation>Auf Richtlinien&amp;änderungen überprüfen alle:</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>IP Security Policy</source>
        <translation>IP-Sicherheitsrichtlinie</translation>
    </message>
    <message>
        <source>Master key PFS: %1 · new key every %2 minutes / %3 sessions
Methods: %4</source>
        <translation>Hauptschlüssel-PFS: %1 · neuer Schlüssel alle %2 Minuten / %3 Sitzungen
Methoden: %4</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Edit key exchange settings of &apos;%1&apos;</source>
        <translation>Schlüsselaustauscheinstellungen von „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>The default response rule cannot be removed; deactivate it instead.</source>
        <translation>Die Standardantwortregel kann nicht entfernt werden; deaktivieren Sie sie stattdessen.</translation>
    </message>
    <message>
        <source>&amp;Security rules for communicating with other computers:</source>
        <translation>&amp;Sicherheitsregeln für die Kommunikation mit anderen Computern:</translation>
    </message>
    <message>
        <source>Ed&amp;it...</source>
        <translation>Bearbei&amp;ten...</translation>
    </message>
</context>
<context>
    <name>ipsec::PolicyStore</name>
    <message>
        <source>not used by any rule</source>
        <translation>von keiner Regel verwendet</translation>
    </message>
    <message numerus="yes">
        <source>used by %n rule(s)</source>
        <translation>
            <numerusform>verwendet von %n Regel</numerusform>
            <numerusform>verwendet von %n Regeln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n policy(ies)</source>
        <translation>
            <numerusform>in %n Richtlinie</numerusform>
            <numerusform>in %n Richtlinien</numerusform>
        </translation>
    </message>
    <message>
        <source>A rule needs an id.</source>
        <translation>Eine Regel benötigt eine ID.</translation>
    </message>
    <message>
        <source>Rule &apos;%1&apos; refers to a filter list that does not exist.</source>
        <translation>Regel „%1“ verweist auf eine Filterliste, die nicht existiert.</translation>
    </message>
    <message>
        <source>Rule &apos;%1&apos; refers to a filter action that does not exist.</source>
        <translation>Regel „%1“ verweist auf eine Filteraktion, die nicht existiert.</translation>
    </message>
    <message>
        <source>Policy &apos;%1&apos; already has a rule named &apos;%2&apos;.</source>
        <translation>Richtlinie „%1“ hat bereits eine Regel namens „%2“.</translation>
    </message>
    <message>
        <source>A filter list with this id already exists.</source>
        <translation>Eine Filterliste mit dieser ID ist bereits vorhanden.</translation>
    </message>
    <message>
        <source>The filter list does not exist.</source>
        <translation>Die Filterliste existiert nicht.</translation>
    </message>
    <message>
        <source>Filter list &apos;%1&apos; is still %2.</source>
        <translation>Filterliste „%1“ wird noch %2.</translation>
    </message>
    <message>
        <source>A filter with this id already exists in the list.</source>
        <translation>Ein Filter mit dieser ID ist in der Liste bereits vorhanden.</translation>
    </message>
    <message>
        <source>The filter does not exist.</source>
        <translation>Der Filter existiert nicht.</translation>
    </message>
    <message>
        <source>A filter action with this id already exists.</source>
        <translation>Eine Filteraktion mit dieser ID ist bereits vorhanden.</translation>
    </message>
    <message>
        <source>The filter action does not exist.</source>
        <translation>Die Filteraktion existiert nicht.</translation>
    </message>
    <message>
        <source>Filter action &apos;%1&apos; is still %2.</source>
        <translation>Filteraktion „%1“ wird noch %2.</translation>
    </message>
    <message>
        <source>A policy with this id already exists.</source>
        <translation>Eine Richtlinie mit dieser ID ist bereits vorhanden.</translation>
    </message>
    <message>
        <source>The policy does not exist.</source>
        <translation>Die Richtlinie existiert nicht.</translation>
    </message>
    <message>
        <source>A rule with this id already exists in the policy.</source>
        <translation>Eine Regel mit dieser ID ist in der Richtlinie bereits vorhanden.</translation>
    </message>
    <message>
        <source>The rule does not exist.</source>
        <translation>Die Regel existiert nicht.</translation>
    </message>
    <message>
        <source>A filter list needs a name.</source>
        <translation>Eine Filterliste benötigt einen Namen.</translation>
    </message>
    <message>
        <source>A filter action needs a name.</source>
        <translation>Eine Filteraktion benötigt einen Namen.</translation>
    </message>
    <message>
        <source>A policy needs a name.</source>
        <translation>Eine Richtlinie benötigt einen Namen.</translation>
    </message>
    <message>
        <source>A rule needs a name.</source>
        <translation>Eine Regel benötigt einen Namen.</translation>
    </message>
    <message>
        <source>An object needs a name.</source>
        <translation>Ein Objekt benötigt einen Namen.</translation>
    </message>
    <message>
        <source>Another filter list is already named &apos;%1&apos;.</source>
        <translation>Eine andere Filterliste heißt bereits „%1“.</translation>
    </message>
    <message>
        <source>Another filter action is already named &apos;%1&apos;.</source>
        <translation>Eine andere Filteraktion heißt bereits „%1“.</translation>
    </message>
    <message>
        <source>Another policy is already named &apos;%1&apos;.</source>
        <translation>Eine andere Richtlinie heißt bereits „%1“.</translation>
    </message>
    <message>
        <source>Another rule is already named &apos;%1&apos;.</source>
        <translation>Eine andere Regel heißt bereits „%1“.</translation>
    </message>
    <message>
        <source>Another object is already named &apos;%1&apos;.</source>
        <translation>Ein anderes Objekt heißt bereits „%1“.</translation>
    </message>
</context>
<context>
    <name>ipsec::PortPicker</name>
    <message>
        <source>From &amp;any port</source>
        <translation>Von be&amp;liebigem Port</translation>
    </message>
    <message>
        <source>Source port</source>
        <translation>Quellport</translation>
    </message>
    <message>
        <source>Destination port</source>
        <translation>Zielport</translation>
    </message>
    <message>
        <source>To an&amp;y port</source>
        <translation>An beliebigen P&amp;ort</translation>
    </message>
    <message>
        <source>T&amp;o this port:</source>
        <translation>An di&amp;esen Port:</translation>
    </message>
    <message>
        <source>(single port)</source>
        <translation>(einzelner Port)</translation>
    </message>
    <message>
        <source>thro&amp;ugh port:</source>
        <translation>b&amp;is Port:</translation>
    </message>
    <message>
        <source>throu&amp;gh port:</source>
        <translation>bi&amp;s Port:</translation>
    </message>
    <message>
        <source>From t&amp;his port:</source>
        <translation>&amp;Von diesem Port:</translation>
    </message>
</context>
<context>
    <name>ipsec::ProblemsModel</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n Hinweis</numerusform>
            <numerusform>%n Hinweise</numerusform>
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
        <translation>Ort</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Hinweis</translation>
    </message>
</context>
<context>
    <name>ipsec::ProtocolPicker</name>
    <message>
        <source>Set the IP protocol nu&amp;mber:</source>
        <translation>IP-Protokoll&amp;nummer festlegen:</translation>
    </message>
    <message>
        <source>&amp;Select a protocol type:</source>
        <translation>&amp;Protokolltyp auswählen:</translation>
    </message>
</context>
<context>
    <name>ipsec::ReadBackendDialog</name>
    <message>
        <source>Read from Backend</source>
        <translation>Aus Backend lesen</translation>
    </message>
    <message>
        <source>What the backend reports while reading appears here.</source>
        <translation>Hier erscheint, was das Backend beim Lesen meldet.</translation>
    </message>
    <message>
        <source>&amp;Read</source>
        <translation>&amp;Lesen</translation>
    </message>
    <message>
        <source>The backend cannot be loaded: %1</source>
        <translation>Das Backend kann nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>The backend cannot run here: %1</source>
        <translation>Das Backend kann hier nicht ausgeführt werden: %1</translation>
    </message>
    <message>
        <source>Read %1 policies.</source>
        <translation>%1 Richtlinien gelesen.</translation>
    </message>
    <message>
        <source>The store could not be read.</source>
        <translation>Der Speicher konnte nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>ipsec::ReviewDialog</name>
    <message>
        <source>&amp;Save Report as HTML…</source>
        <translation>Bericht als HTML &amp;speichern…</translation>
    </message>
    <message>
        <source>Review of %1</source>
        <translation>Prüfung von %1</translation>
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
        <source>GPO</source>
        <translation>GPO</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Filter rules, settings and findings</source>
        <translation>Regeln, Einstellungen und Befunde filtern</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>Save Report as HTML</source>
        <translation>Bericht als HTML speichern</translation>
    </message>
    <message>
        <source>HTML pages (*.html *.htm)</source>
        <translation>HTML-Seiten (*.html *.htm)</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Global IPsec settings (%1)</source>
        <translation>Globale IPsec-Einstellungen (%1)</translation>
    </message>
    <message>
        <source>Firewall rules (%1)</source>
        <translation>Firewallregeln (%1)</translation>
    </message>
    <message>
        <source>Connection security rules (%1)</source>
        <translation>Verbindungssicherheitsregeln (%1)</translation>
    </message>
    <message>
        <source>Main mode rules (%1)</source>
        <translation>Hauptmodusregeln (%1)</translation>
    </message>
    <message>
        <source>Sets (%1)</source>
        <translation>Sätze (%1)</translation>
    </message>
    <message>
        <source>Unknown values (%1)</source>
        <translation>Unbekannte Werte (%1)</translation>
    </message>
    <message>
        <source>Reading the files (%1)</source>
        <translation>Lesen der Dateien (%1)</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ipsec::ReviewTables</name>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>GPO</source>
        <translation>GPO</translation>
    </message>
    <message>
        <source>Firewall rules</source>
        <translation>Firewallregeln</translation>
    </message>
    <message>
        <source>Connection security rules</source>
        <translation>Verbindungssicherheitsregeln</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Sätze</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Eigenschaft</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domäne</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Computer version</source>
        <translation>Computerversion</translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation>Erweiterungen</translation>
    </message>
    <message>
        <source>Legacy IPsec policy</source>
        <translation>Klassische IPsec-Richtlinie</translation>
    </message>
    <message>
        <source>assigned; only the link is in the backup %1</source>
        <translation>zugewiesen; nur die Verknüpfung ist in der Sicherung %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <source>Registry value</source>
        <translation>Registrierungswert</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Local ports</source>
        <translation>Lokale Ports</translation>
    </message>
    <message>
        <source>Remote ports</source>
        <translation>Remoteports</translation>
    </message>
    <message>
        <source>Local addresses</source>
        <translation>Lokale Adressen</translation>
    </message>
    <message>
        <source>Remote addresses</source>
        <translation>Remoteadressen</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Weitere</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Endpoint 1</source>
        <translation>Endpunkt 1</translation>
    </message>
    <message>
        <source>Endpoint 2</source>
        <translation>Endpunkt 2</translation>
    </message>
    <message>
        <source>Endpoint 1 ports</source>
        <translation>Ports Endpunkt 1</translation>
    </message>
    <message>
        <source>Endpoint 2 ports</source>
        <translation>Ports Endpunkt 2</translation>
    </message>
    <message>
        <source>First authentication</source>
        <translation>Erste Authentifizierung</translation>
    </message>
    <message>
        <source>Second authentication</source>
        <translation>Zweite Authentifizierung</translation>
    </message>
    <message>
        <source>Crypto set</source>
        <translation>Kryptografiesatz</translation>
    </message>
    <message>
        <source>Tunnel</source>
        <translation>Tunnel</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Proposals, in order</source>
        <translation>Vorschläge, in Reihenfolge</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
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
        <source>Where</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
</context>
<context>
    <name>ipsec::RuleEditor</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>The selected IP filter list specifies which network traffic will be affected by this rule.</source>
        <translation>Die ausgewählte IP-Filterliste gibt an, welcher Netzwerkdatenverkehr von dieser Regel betroffen ist.</translation>
    </message>
    <message>
        <source>IP Filter List</source>
        <translation>IP-Filterliste</translation>
    </message>
    <message>
        <source>The selected filter action specifies whether this rule negotiates for secure network traffic, and how it will secure the traffic.</source>
        <translation>Die ausgewählte Filteraktion gibt an, ob diese Regel sicheren Netzwerkdatenverkehr aushandelt und wie der Datenverkehr gesichert wird.</translation>
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
        <source>The tunnel endpoint is specified by this &amp;IP address:</source>
        <translation>Der Tunnelendpunkt wird durch diese &amp;IP-Adresse festgelegt:</translation>
    </message>
    <message>
        <source>The tunnel endpoint is specified by this &amp;DNS name:</source>
        <translation>Der Tunnelendpunkt wird durch diesen DN&amp;S-Namen festgelegt:</translation>
    </message>
    <message>
        <source>The tunnel endpoint is the tunneling computer closest to the IP traffic destination, as specified by the associated IP filter list.</source>
        <translation>Der Tunnelendpunkt ist der Tunnelcomputer, der dem Ziel des IP-Datenverkehrs am nächsten liegt, wie in der zugeordneten IP-Filterliste angegeben.</translation>
    </message>
    <message>
        <source>Tunnel Setting</source>
        <translation>Tunneleinstellung</translation>
    </message>
    <message>
        <source>&amp;Local area network (LAN)</source>
        <translation>&amp;LAN (Local Area Network)</translation>
    </message>
    <message>
        <source>&amp;Remote access</source>
        <translation>RA&amp;S (Remote Access)</translation>
    </message>
    <message>
        <source>This rule only applies to network traffic over connections of the selected type.</source>
        <translation>Diese Regel gilt nur für Netzwerkdatenverkehr über Verbindungen des ausgewählten Typs.</translation>
    </message>
    <message>
        <source>Connection Type</source>
        <translation>Verbindungstyp</translation>
    </message>
    <message>
        <source>Edit Rule Properties</source>
        <translation>Regeleigenschaften bearbeiten</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message numerus="yes">
        <source>%n filters</source>
        <translation>
            <numerusform>%n Filter</numerusform>
            <numerusform>%n Filter</numerusform>
        </translation>
    </message>
    <message>
        <source>Ed&amp;it filter action...</source>
        <translation>Filteraktion bearbe&amp;iten...</translation>
    </message>
    <message>
        <source>The authentication method specifies how trust is established between computers. Authentication method preference &amp;order:</source>
        <translation>Die Authentifizierungsmethode gibt an, wie die Vertrauensstellung zwischen Computern hergestellt wird. Bevorzugte Reihenfolge der Authentifizierungs&amp;methoden:</translation>
    </message>
    <message>
        <source>&amp;Active</source>
        <translation>Akti&amp;v</translation>
    </message>
    <message>
        <source>Des&amp;cription:</source>
        <translation>Bes&amp;chreibung:</translation>
    </message>
    <message>
        <source>Ed&amp;it filter list...</source>
        <translation>Filterliste bearbe&amp;iten...</translation>
    </message>
    <message>
        <source>IP filter &amp;list:</source>
        <translation>IP-&amp;Filterliste:</translation>
    </message>
    <message>
        <source>Filter acti&amp;on:</source>
        <translation>Filterakti&amp;on:</translation>
    </message>
    <message>
        <source>This &amp;rule does not specify an IPsec tunnel</source>
        <translation>Diese Regel legt &amp;keinen IPsec-Tunnel fest</translation>
    </message>
    <message>
        <source>All net&amp;work connections</source>
        <translation>Alle Netz&amp;werkverbindungen</translation>
    </message>
</context>
<context>
    <name>ipsec::RulesTableModel</name>
    <message>
        <source>Kerberos V5 (default)</source>
        <translation>Kerberos V5 (Standard)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>IP Filter List</source>
        <translation>IP-Filterliste</translation>
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
        <translation>&lt;Dynamisch&gt;</translation>
    </message>
    <message>
        <source>Default Response</source>
        <translation>Standardantwort</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation>(fehlt)</translation>
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
        <translation>netsh ipsec static (.cmd)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the script to the clipboard</source>
        <translation>Skript in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Select a policy (or one of its rules) to see its script.</source>
        <translation>Wählen Sie eine Richtlinie (oder eine ihrer Regeln) aus, um ihr Skript zu sehen.</translation>
    </message>
    <message>
        <source>This build has no export format yet.</source>
        <translation>Dieser Build enthält noch kein Exportformat.</translation>
    </message>
    <message numerus="yes">
        <source>%n export error(s), %1 warning(s)</source>
        <translation>
            <numerusform>%n Exportfehler, %1 Warnung(en)</numerusform>
            <numerusform>%n Exportfehler, %1 Warnung(en)</numerusform>
        </translation>
    </message>
    <message>
        <source>The form &apos;%1&apos; cannot be exported.</source>
        <translation>Das Format „%1“ kann nicht exportiert werden.</translation>
    </message>
    <message>
        <source>&amp;Form:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Only the first %1 of the policy&apos;s %2 filters are shown; exporting writes them all.</source>
        <translation>Nur die ersten %1 der %2 Filter der Richtlinie werden angezeigt; der Export schreibt alle.</translation>
    </message>
    <message>
        <source>The assigned policy is not assigned by this script: in a domain store, enter the GPO name on the store&apos;s page (select the document at the top of the navigator); a local store&apos;s script assigns it.</source>
        <translation>Dieses Skript weist die zugewiesene Richtlinie nicht zu: Geben Sie in einem Domänenspeicher den GPO-Namen auf der Seite des Speichers ein (das Dokument oben im Navigator auswählen); das Skript eines lokalen Speichers weist sie zu.</translation>
    </message>
</context>
<context>
    <name>ipsec::SecureCommunicationPage</name>
    <message>
        <source>Requests for Secure Communication</source>
        <translation>Anforderungen für sichere Kommunikation</translation>
    </message>
    <message>
        <source>Specify how this policy responds to requests for secure communication.</source>
        <translation>Geben Sie an, wie diese Richtlinie auf Anforderungen für sichere Kommunikation antwortet.</translation>
    </message>
    <message>
        <source>&amp;Activate the default response rule (earlier versions of Windows only).</source>
        <translation>Standardantwortregel &amp;aktivieren (nur frühere Windows-Versionen).</translation>
    </message>
    <message>
        <source>The default response rule responds to remote computers that request security, when no other rule applies. To communicate securely, the computer must respond to requests for secure communication. Windows Vista and later ignore it.</source>
        <translation>Die Standardantwortregel antwortet Remotecomputern, die Sicherheit anfordern, wenn keine andere Regel zutrifft. Für eine sichere Kommunikation muss der Computer auf Anforderungen für sichere Kommunikation antworten. Windows Vista und höher ignorieren sie.</translation>
    </message>
</context>
<context>
    <name>ipsec::SecurityMethodDialog</name>
    <message>
        <source>Modify Security Method</source>
        <translation>Sicherheitsmethode ändern</translation>
    </message>
    <message>
        <source>&amp;Integrity and encryption
Data will be encrypted, authenticated and unmodified.</source>
        <translation>&amp;Integrität und Verschlüsselung
Daten werden verschlüsselt, authentifiziert und nicht verändert.</translation>
    </message>
    <message>
        <source>I&amp;ntegrity only
Data will be verified and unmodified, but will not be encrypted.</source>
        <translation>&amp;Nur Integrität
Daten werden überprüft und nicht verändert, aber nicht verschlüsselt.</translation>
    </message>
    <message>
        <source>&amp;Custom</source>
        <translation>&amp;Benutzerdefiniert</translation>
    </message>
    <message>
        <source>Custom Security Method Settings</source>
        <translation>Einstellungen für benutzerdefinierte Sicherheitsmethode</translation>
    </message>
    <message>
        <source>Data and address integrity without encryption (&amp;AH):</source>
        <translation>Daten- und Adressintegrität ohne Verschlüsselung (&amp;AH):</translation>
    </message>
    <message>
        <source>Data integrity and encryption (&amp;ESP):</source>
        <translation>Datenintegrität und -verschlüsselung (&amp;ESP):</translation>
    </message>
    <message>
        <source>Generate a new key every (&amp;Kbytes):</source>
        <translation>Neuen Schlüssel generieren nach (&amp;KB):</translation>
    </message>
    <message>
        <source>Generate a new key every (&amp;seconds):</source>
        <translation>Neuen Schlüssel generieren nach (&amp;Sekunden):</translation>
    </message>
    <message>
        <source>Session key settings:</source>
        <translation>Einstellungen für Sitzungsschlüssel:</translation>
    </message>
    <message>
        <source>Security Method</source>
        <translation>Sicherheitsmethode</translation>
    </message>
    <message>
        <source>Integrity a&amp;lgorithm:</source>
        <translation>Integritätsa&amp;lgorithmus:</translation>
    </message>
    <message>
        <source>In&amp;tegrity algorithm:</source>
        <translation>In&amp;tegritätsalgorithmus:</translation>
    </message>
    <message>
        <source>Encryption al&amp;gorithm:</source>
        <translation>Verschlüsselungsal&amp;gorithmus:</translation>
    </message>
</context>
<context>
    <name>ipsec::SecurityMethodsModel</name>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Encryption and Integrity</source>
        <translation>Verschlüsselung und Integrität</translation>
    </message>
    <message>
        <source>Integrity only</source>
        <translation>Nur Integrität</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>AH Integrity</source>
        <translation>AH-Integrität</translation>
    </message>
    <message>
        <source>ESP Confidentiality</source>
        <translation>ESP-Vertraulichkeit</translation>
    </message>
    <message>
        <source>ESP Integrity</source>
        <translation>ESP-Integrität</translation>
    </message>
    <message>
        <source>Key Lifetimes (KB)</source>
        <translation>Schlüssellebensdauer (KB)</translation>
    </message>
    <message>
        <source>Key Lifetimes (secs)</source>
        <translation>Schlüssellebensdauer (Sek.)</translation>
    </message>
    <message>
        <source>&lt;None&gt;</source>
        <translation>&lt;Keine&gt;</translation>
    </message>
</context>
<context>
    <name>ipsec::SecurityRuleWizard</name>
    <message>
        <source>Security Rule Wizard</source>
        <translation>Sicherheitsregel-Assistent</translation>
    </message>
    <message>
        <source>Use Add &amp;Wizard</source>
        <translation>&amp;Assistenten verwenden</translation>
    </message>
    <message>
        <source>A security rule governs how and when security is invoked, based on criteria such as the source, destination and type of IP traffic.</source>
        <translation>Eine Sicherheitsregel bestimmt anhand von Kriterien wie Quelle, Ziel und Typ des IP-Datenverkehrs, wie und wann Sicherheit angewendet wird.</translation>
    </message>
    <message>
        <source>IP Filter List</source>
        <translation>IP-Filterliste</translation>
    </message>
    <message>
        <source>Select the IP filter list for the type of IP traffic to which this security rule applies.</source>
        <translation>Wählen Sie die IP-Filterliste für den Typ des IP-Datenverkehrs aus, für den diese Sicherheitsregel gilt.</translation>
    </message>
    <message>
        <source>Filter Action</source>
        <translation>Filteraktion</translation>
    </message>
    <message>
        <source>Select the filter action for this security rule.</source>
        <translation>Wählen Sie die Filteraktion für diese Sicherheitsregel aus.</translation>
    </message>
    <message>
        <source>You have successfully completed specifying the properties for your new rule.</source>
        <translation>Sie haben die Eigenschaften der neuen Regel erfolgreich festgelegt.</translation>
    </message>
    <message numerus="yes">
        <source>%n filter(s)</source>
        <translation>
            <numerusform>%n Filter</numerusform>
            <numerusform>%n Filter</numerusform>
        </translation>
    </message>
    <message>
        <source>New Rule</source>
        <translation>Neue Regel</translation>
    </message>
    <message>
        <source>IP filter &amp;lists:</source>
        <translation>IP-Filter&amp;listen:</translation>
    </message>
    <message>
        <source>Filter &amp;actions:</source>
        <translation>F&amp;ilteraktionen:</translation>
    </message>
    <message>
        <source>Authentication Method</source>
        <translation>Authentifizierungsmethode</translation>
    </message>
    <message>
        <source>To add multiple authentication methods, edit the security rule after completing the wizard.</source>
        <translation>Bearbeiten Sie die Sicherheitsregel nach Abschluss des Assistenten, um mehrere Authentifizierungsmethoden hinzuzufügen.</translation>
    </message>
</context>
<context>
    <name>ipsec::Settings</name>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>The language of the window; changes at once.</source>
        <translation>Die Sprache des Fensters; wird sofort übernommen.</translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source>Light or dark palette, or whatever the desktop uses.</source>
        <translation>Helle oder dunkle Farbpalette oder die des Desktops.</translation>
    </message>
    <message>
        <source>Editing</source>
        <translation>Bearbeitung</translation>
    </message>
    <message>
        <source>&amp;Check after typing pauses for:</source>
        <translation>&amp;Prüfen nach einer Tipppause von:</translation>
    </message>
    <message>
        <source>How long the Problems panel waits after the last keystroke.</source>
        <translation>Wie lange der Bereich „Probleme“ nach dem letzten Tastendruck wartet.</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>&amp;Save a recovery copy every:</source>
        <translation>&amp;Wiederherstellungskopie speichern alle:</translation>
    </message>
    <message>
        <source>While the document has unsaved changes; 0 turns it off.</source>
        <translation>Solange das Dokument nicht gespeicherte Änderungen enthält; 0 schaltet sie aus.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Recovery &amp;folder:</source>
        <translation>&amp;Ordner für Wiederherstellungskopien:</translation>
    </message>
    <message>
        <source>Where recovery copies go; empty: the application data folder.</source>
        <translation>Wohin Wiederherstellungskopien geschrieben werden; leer: der Anwendungsdatenordner.</translation>
    </message>
    <message>
        <source>&amp;Recent files to remember:</source>
        <translation>Anzahl &amp;zuletzt geöffneter Dateien:</translation>
    </message>
    <message>
        <source>The length of File → Open Recent.</source>
        <translation>Die Länge von Datei → Zuletzt geöffnet.</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Sprache des Systems</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Kept (the file is readable by you only)</source>
        <translation>Behalten (nur Sie können die Datei lesen)</translation>
    </message>
    <message>
        <source>Left out (enter them again after a recovery)</source>
        <translation>Weggelassen (nach einer Wiederherstellung neu eingeben)</translation>
    </message>
    <message>
        <source>&amp;Preshared keys in recovery copies:</source>
        <translation>&amp;Vorinstallierte Schlüssel in Wiederherstellungskopien:</translation>
    </message>
    <message>
        <source>Recovery copies are removed when the document is saved or closed.</source>
        <translation>Wiederherstellungskopien werden entfernt, wenn das Dokument gespeichert oder geschlossen wird.</translation>
    </message>
    <message>
        <source>Strongest for netsh and ipsecData (3DES, SHA1, DH 14)</source>
        <translation>Das Stärkste für netsh und ipsecData (3DES, SHA1, DH 14)</translation>
    </message>
    <message>
        <source>Modern, Windows Firewall only (AES-GCM, SHA-256, DH 19/20)</source>
        <translation>Modern, nur Windows-Firewall (AES-GCM, SHA-256, DH 19/20)</translation>
    </message>
    <message>
        <source>Windows&apos; defaults (3DES and DES, SHA1 and MD5, DH 2 and 1)</source>
        <translation>Windows-Standard (3DES und DES, SHA1 und MD5, DH 2 und 1)</translation>
    </message>
    <message>
        <source>Crypto &amp;baseline for the wizards:</source>
        <translation>Krypto-&amp;Basislinie für die Assistenten:</translation>
    </message>
    <message>
        <source>The key exchange methods and offers new policies and filter actions start from.</source>
        <translation>Die Schlüsselaustauschmethoden und Angebote, mit denen neue Richtlinien und Filteraktionen beginnen.</translation>
    </message>
</context>
<context>
    <name>ipsec::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose a Folder</source>
        <translation>Ordner auswählen</translation>
    </message>
</context>
<context>
    <name>ipsec::StoreEditor</name>
    <message>
        <source>Local computer</source>
        <translation>Lokaler Computer</translation>
    </message>
    <message>
        <source>Active Directory domain</source>
        <translation>Active Directory-Domäne</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>Bes&amp;chreibung:</translation>
    </message>
    <message>
        <source>&amp;Store:</source>
        <translation>&amp;Speicher:</translation>
    </message>
    <message>
        <source>&amp;Organizational unit:</source>
        <translation>Organisations&amp;einheit:</translation>
    </message>
    <message>
        <source>&amp;GPO name:</source>
        <translation>&amp;GPO-Name:</translation>
    </message>
    <message>
        <source>Oldest &amp;Windows:</source>
        <translation>Älteste &amp;Windows-Version:</translation>
    </message>
    <message>
        <source>IP Security Policies store</source>
        <translation>Speicher für IP-Sicherheitsrichtlinien</translation>
    </message>
    <message numerus="yes">
        <source>%n policies</source>
        <translation>
            <numerusform>%n Richtlinie</numerusform>
            <numerusform>%n Richtlinien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n filter lists</source>
        <translation>
            <numerusform>%n Filterliste</numerusform>
            <numerusform>%n Filterlisten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n filters</source>
        <translation>
            <numerusform>%n Filter</numerusform>
            <numerusform>%n Filter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n filter actions</source>
        <translation>
            <numerusform>%n Filteraktion</numerusform>
            <numerusform>%n Filteraktionen</numerusform>
        </translation>
    </message>
    <message>
        <source>Do&amp;main:</source>
        <translation>Do&amp;mäne:</translation>
    </message>
</context>
<context>
    <name>ipsec::StoreOps</name>
    <message>
        <source>%1 &apos;%2&apos; renamed to &apos;%3&apos; (the name was taken)</source>
        <translation>%1 „%2“ wurde in „%3“ umbenannt (der Name war bereits vergeben)</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; replaced by the imported one</source>
        <translation>%1 „%2“ wurde durch das importierte Objekt ersetzt</translation>
    </message>
    <message>
        <source>Filter list</source>
        <translation>Filterliste</translation>
    </message>
    <message>
        <source>Filter action</source>
        <translation>Filteraktion</translation>
    </message>
    <message>
        <source>Policy &apos;%1&apos; imported unassigned (another policy is assigned)</source>
        <translation>Richtlinie „%1“ ohne Zuweisung importiert (eine andere Richtlinie ist zugewiesen)</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source>Rule &apos;%1&apos; pasted as &apos;%2&apos;</source>
        <translation>Regel „%1“ als „%2“ eingefügt</translation>
    </message>
</context>
<context>
    <name>ipsec::TunnelEndpointPage</name>
    <message>
        <source>Tunnel Endpoint</source>
        <translation>Tunnelendpunkt</translation>
    </message>
    <message>
        <source>The tunnel endpoint is the tunneling computer closest to the IP traffic destination, as specified by the security rule&apos;s IP filter list.</source>
        <translation>Der Tunnelendpunkt ist der Tunnelcomputer, der dem Ziel des IP-Datenverkehrs am nächsten liegt, wie in der IP-Filterliste der Sicherheitsregel angegeben.</translation>
    </message>
    <message>
        <source>The tunnel endpoint is specified by this &amp;IP address:</source>
        <translation>Der Tunnelendpunkt wird durch diese &amp;IP-Adresse festgelegt:</translation>
    </message>
    <message>
        <source>The tunnel endpoint is specified by this &amp;DNS name:</source>
        <translation>Der Tunnelendpunkt wird durch diesen &amp;DNS-Namen festgelegt:</translation>
    </message>
    <message>
        <source>Enter the tunnel endpoint&apos;s IPv4 or IPv6 address.</source>
        <translation>Geben Sie die IPv4- oder IPv6-Adresse des Tunnelendpunkts ein.</translation>
    </message>
    <message>
        <source>Enter the tunnel endpoint&apos;s DNS name.</source>
        <translation>Geben Sie den DNS-Namen des Tunnelendpunkts ein.</translation>
    </message>
    <message>
        <source>This rule does not specify a &amp;tunnel</source>
        <translation>Diese Regel legt keinen &amp;Tunnel fest</translation>
    </message>
</context>
<context>
    <name>ipsec::UndoCommands</name>
    <message>
        <source>filter list</source>
        <translation>IP-Filterliste</translation>
    </message>
    <message>
        <source>filter action</source>
        <translation>Filteraktion</translation>
    </message>
    <message>
        <source>filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>policy</source>
        <translation>IP-Sicherheitsrichtlinie</translation>
    </message>
    <message>
        <source>rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>default response rule</source>
        <translation>Standardantwortregel</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>The %1 does not exist any more.</source>
        <translation>Das Objekt (%1) existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>Delete %1 and the rules using it</source>
        <translation>%1 und zugehörige Regeln löschen</translation>
    </message>
    <message>
        <source>The %1 does not exist.</source>
        <translation>Das Objekt (%1) existiert nicht.</translation>
    </message>
    <message>
        <source>Edit store properties</source>
        <translation>Speichereigenschaften bearbeiten</translation>
    </message>
    <message>
        <source>Assign policy &apos;%1&apos;</source>
        <translation>Richtlinie „%1“ zuweisen</translation>
    </message>
    <message>
        <source>Unassign policy</source>
        <translation>Richtlinienzuweisung aufheben</translation>
    </message>
    <message>
        <source>Edit %1 of the store</source>
        <translation>%1 des Speichers bearbeiten</translation>
    </message>
    <message>
        <source>Edit %1 of %2</source>
        <extracomment>%1 is a field (&quot;source address&quot;), %2 the kind of object (&quot;filter&quot;), %3 its name.</extracomment>
        <translation>%1 von %2 bearbeiten</translation>
    </message>
    <message>
        <source>Edit %1 of %2 &apos;%3&apos;</source>
        <translation>%1 von %2 „%3“ bearbeiten</translation>
    </message>
</context>
<context>
    <name>ipsec::Validation</name>
    <message>
        <source>the one-way (not mirrored) %1</source>
        <translation>den unidirektionalen (nicht gespiegelten) %1</translation>
    </message>
    <message>
        <source>filter %1 of filter list %2</source>
        <translation>Filter %1 der Filterliste %2</translation>
    </message>
    <message>
        <source>source</source>
        <comment>side of a filter</comment>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>destination</source>
        <comment>side of a filter</comment>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>has no %1 address</source>
        <translation>hat keine Adresse (%1)</translation>
    </message>
    <message>
        <source>has no %1 subnet address</source>
        <translation>hat keine Teilnetzadresse (%1)</translation>
    </message>
    <message>
        <source>has a %1 mask that is missing or of another IP version</source>
        <translation>hat eine Teilnetzmaske (%1), die fehlt oder zu einer anderen IP-Version gehört</translation>
    </message>
    <message>
        <source>The %1 mask %2 of %3 is not contiguous.</source>
        <translation>Die Teilnetzmaske %2 (%1) von %3 ist nicht zusammenhängend.</translation>
    </message>
    <message>
        <source>The %1 address %2 of %3 has bits outside its mask /%4; Windows would match the whole subnet %5.</source>
        <translation>Die Adresse %2 (%1) von %3 hat Bits außerhalb ihrer Maske /%4; Windows würde das ganze Teilnetz %5 abgleichen.</translation>
    </message>
    <message>
        <source>Write the subnet as %1/%2, or use a host address for one host.</source>
        <translation>Geben Sie das Teilnetz als %1/%2 an, oder verwenden Sie für einen einzelnen Host eine Hostadresse.</translation>
    </message>
    <message>
        <source>has a %1 range without a start or an end</source>
        <translation>hat einen Adressbereich (%1) ohne Anfang oder Ende</translation>
    </message>
    <message>
        <source>The %1 range %2-%3 of %4 mixes IPv4 and IPv6.</source>
        <translation>Der Adressbereich %2-%3 (%1) von %4 mischt IPv4 und IPv6.</translation>
    </message>
    <message>
        <source>The %1 range %2-%3 of %4 ends before it starts.</source>
        <translation>Der Adressbereich %2-%3 (%1) von %4 endet vor seinem Anfang.</translation>
    </message>
    <message>
        <source>has an empty %1 DNS name</source>
        <translation>hat einen leeren DNS-Namen (%1)</translation>
    </message>
    <message>
        <source>the %1 DNS name %2 of %3 (it must be resolved first)</source>
        <translation>den DNS-Namen %2 (%1) von %3 (er muss zuerst aufgelöst werden)</translation>
    </message>
    <message>
        <source>the IPv6 %1 address of %2</source>
        <translation>die IPv6-Adresse (%1) von %2</translation>
    </message>
    <message>
        <source>the %1 address range of %2</source>
        <translation>den Adressbereich (%1) von %2</translation>
    </message>
    <message>
        <source>the %1 keyword %2 of %3</source>
        <translation>das Schlüsselwort %2 (%1) von %3</translation>
    </message>
    <message>
        <source>the multicast %1 address %2 of %3</source>
        <translation>die Multicastadresse %2 (%1) von %3</translation>
    </message>
    <message>
        <source>Filter %1 of filter list %2 %3.</source>
        <extracomment>%3 is a phrase such as &quot;has no source address&quot;.</extracomment>
        <translation>Filter %1 der Filterliste %2 %3.</translation>
    </message>
    <message>
        <source>%1 uses the server keyword %2, so its %3 must be My IP address (me).</source>
        <translation>%1 verwendet das Serverschlüsselwort %2, daher muss die andere Seite (%3) „Meine IP-Adresse“ (me) sein.</translation>
    </message>
    <message>
        <source>%1 goes from %2 to %3: one side is IPv4, the other IPv6, so it never matches.</source>
        <translation>%1 führt von %2 zu %3: Eine Seite ist IPv4, die andere IPv6, daher trifft er nie zu.</translation>
    </message>
    <message>
        <source>%1 has %2 %3 but protocol %4.</source>
        <translation>%1 hat %2 %3, aber das Protokoll %4.</translation>
    </message>
    <message>
        <source>source port</source>
        <translation>den Quellport</translation>
    </message>
    <message>
        <source>destination port</source>
        <translation>den Zielport</translation>
    </message>
    <message>
        <source>%1 has the invalid port range %2-%3.</source>
        <translation>%1 hat den ungültigen Portbereich %2-%3.</translation>
    </message>
    <message>
        <source>the port range %1 of %2</source>
        <translation>den Portbereich %1 von %2</translation>
    </message>
    <message>
        <source>tunnel rule %1 of policy %2</source>
        <translation>Tunnelregel %1 der Richtlinie %2</translation>
    </message>
    <message>
        <source>%1 is mirrored, but %2 uses the list; a tunnel needs one-way filters.</source>
        <translation>%1 ist gespiegelt, aber %2 verwendet die Liste; ein Tunnel benötigt unidirektionale Filter.</translation>
    </message>
    <message>
        <source>The %1 %2 of %3 does not fit %4, which carries the traffic of the networks behind its endpoints.</source>
        <translation>%2 (%1) von %3 passt nicht zu %4, die den Datenverkehr der Netzwerke hinter ihren Tunnelendpunkten überträgt.</translation>
    </message>
    <message>
        <source>the %1 any of %2 in %3</source>
        <translation>„Beliebig“ (%1) von %2 in %3</translation>
    </message>
    <message>
        <source>the protocol or port limit of %1 in %2</source>
        <translation>die Protokoll- oder Porteinschränkung von %1 in %2</translation>
    </message>
    <message>
        <source>the description of %1, which holds a double quote or a control character</source>
        <translation>die Beschreibung von %1, die ein doppeltes Anführungszeichen oder ein Steuerzeichen enthält</translation>
    </message>
    <message>
        <source>Filter %1 of filter list %2 matches the same traffic as filter %3.</source>
        <translation>Filter %1 der Filterliste %2 erfasst denselben Datenverkehr wie Filter %3.</translation>
    </message>
    <message>
        <source>A rule refers to a filter list that does not exist</source>
        <translation>Eine Regel verweist auf eine Filterliste, die nicht existiert</translation>
    </message>
    <message>
        <source>Choose an existing filter list for the rule, or recreate the missing one.</source>
        <translation>Wählen Sie für die Regel eine vorhandene Filterliste aus, oder erstellen Sie die fehlende neu.</translation>
    </message>
    <message>
        <source>A rule refers to a filter action that does not exist</source>
        <translation>Eine Regel verweist auf eine Filteraktion, die nicht existiert</translation>
    </message>
    <message>
        <source>Choose an existing filter action for the rule, or recreate the missing one.</source>
        <translation>Wählen Sie für die Regel eine vorhandene Filteraktion aus, oder erstellen Sie die fehlende neu.</translation>
    </message>
    <message>
        <source>A rule has no filter list (only the default response rule may have none)</source>
        <translation>Eine Regel hat keine Filterliste (nur die Standardantwortregel darf keine haben)</translation>
    </message>
    <message>
        <source>Give the rule a filter list that describes the traffic it applies to.</source>
        <translation>Weisen Sie der Regel eine Filterliste zu, die den Datenverkehr beschreibt, für den sie gilt.</translation>
    </message>
    <message>
        <source>A rule has no filter action</source>
        <translation>Eine Regel hat keine Filteraktion</translation>
    </message>
    <message>
        <source>Give the rule a filter action (permit, block or negotiate security).</source>
        <translation>Weisen Sie der Regel eine Filteraktion zu (Zulassen, Blockieren oder Sicherheit aushandeln).</translation>
    </message>
    <message>
        <source>A filter list, filter action, policy or rule has an empty name</source>
        <translation>Eine Filterliste, Filteraktion, Richtlinie oder Regel hat einen leeren Namen</translation>
    </message>
    <message>
        <source>Give the object a name: netsh and the Windows dialogs refer to it by name.</source>
        <translation>Geben Sie dem Objekt einen Namen: netsh und die Windows-Dialogfelder verweisen über den Namen darauf.</translation>
    </message>
    <message>
        <source>Two filter lists, filter actions or policies share a name (compared case-insensitively)</source>
        <translation>Zwei Filterlisten, Filteraktionen oder Richtlinien haben denselben Namen (ohne Berücksichtigung der Groß-/Kleinschreibung)</translation>
    </message>
    <message>
        <source>Rename one of them: netsh refers to these objects by name, so names must be unique per kind.</source>
        <translation>Benennen Sie eines davon um: netsh verweist über den Namen auf diese Objekte, daher müssen Namen je Objektart eindeutig sein.</translation>
    </message>
    <message>
        <source>Two rules of one policy share a name (case-insensitively)</source>
        <translation>Zwei Regeln einer Richtlinie haben denselben Namen (ohne Berücksichtigung der Groß-/Kleinschreibung)</translation>
    </message>
    <message>
        <source>Rename one of the rules: netsh `set rule` and `delete rule` find a rule by its name in the policy.</source>
        <translation>Benennen Sie eine der Regeln um: netsh `set rule` und `delete rule` finden eine Regel über ihren Namen in der Richtlinie.</translation>
    </message>
    <message>
        <source>Two objects of one kind share a GUID</source>
        <translation>Zwei Objekte derselben Art haben dieselbe GUID</translation>
    </message>
    <message>
        <source>Give the copy a new GUID: references and exports identify objects by GUID.</source>
        <translation>Geben Sie der Kopie eine neue GUID: Verweise und Exporte identifizieren Objekte über die GUID.</translation>
    </message>
    <message>
        <source>An object has no GUID (the null GUID)</source>
        <translation>Ein Objekt hat keine GUID (die Null-GUID)</translation>
    </message>
    <message>
        <source>Give the object a new GUID: it becomes the ipsecID of the exported object.</source>
        <translation>Geben Sie dem Objekt eine neue GUID: Sie wird zur ipsecID des exportierten Objekts.</translation>
    </message>
    <message>
        <source>More than one policy is assigned</source>
        <translation>Mehr als eine Richtlinie ist zugewiesen</translation>
    </message>
    <message>
        <source>Assign only one policy: a computer applies a single IPsec policy.</source>
        <translation>Weisen Sie nur eine Richtlinie zu: Ein Computer wendet eine einzige IPsec-Richtlinie an.</translation>
    </message>
    <message>
        <source>A rule uses a filter list without filters</source>
        <translation>Eine Regel verwendet eine Filterliste ohne Filter</translation>
    </message>
    <message>
        <source>Add filters to the list, or remove the rule: a rule without filters never matches traffic.</source>
        <translation>Fügen Sie der Liste Filter hinzu, oder entfernen Sie die Regel: Eine Regel ohne Filter trifft nie auf Datenverkehr zu.</translation>
    </message>
    <message>
        <source>A filter list holds two filters for the same traffic</source>
        <translation>Eine Filterliste enthält zwei Filter für denselben Datenverkehr</translation>
    </message>
    <message>
        <source>Delete the duplicate filter; it adds nothing and netsh refuses to add the same filter twice.</source>
        <translation>Löschen Sie den doppelten Filter; er bewirkt nichts, und netsh lehnt es ab, denselben Filter zweimal hinzuzufügen.</translation>
    </message>
    <message>
        <source>A filter has a port but its protocol is not TCP or UDP</source>
        <translation>Ein Filter hat einen Port, aber sein Protokoll ist nicht TCP oder UDP</translation>
    </message>
    <message>
        <source>Set the protocol to TCP or UDP, or set the ports to any: ports are meaningful only for TCP and UDP.</source>
        <translation>Legen Sie das Protokoll auf TCP oder UDP fest, oder setzen Sie die Ports auf „Beliebig“: Ports sind nur für TCP und UDP sinnvoll.</translation>
    </message>
    <message>
        <source>A subnet mask is not contiguous</source>
        <translation>Eine Teilnetzmaske ist nicht zusammenhängend</translation>
    </message>
    <message>
        <source>Use a mask of consecutive one bits such as 255.255.255.0 (/24).</source>
        <translation>Verwenden Sie eine Maske aus aufeinanderfolgenden Einsbits wie 255.255.255.0 (/24).</translation>
    </message>
    <message>
        <source>A subnet address has bits set outside its mask</source>
        <translation>Eine Teilnetzadresse hat gesetzte Bits außerhalb ihrer Maske</translation>
    </message>
    <message>
        <source>Use the network address (for example 10.0.1.0/24, not 10.0.1.5/24), or a host address for one host.</source>
        <translation>Verwenden Sie die Netzwerkadresse (zum Beispiel 10.0.1.0/24, nicht 10.0.1.5/24) oder für einen einzelnen Host eine Hostadresse.</translation>
    </message>
    <message>
        <source>A filter address is incomplete (no address, a mask or range end of another IP version, no DNS name)</source>
        <translation>Eine Filteradresse ist unvollständig (keine Adresse, eine Maske oder ein Bereichsende einer anderen IP-Version, kein DNS-Name)</translation>
    </message>
    <message>
        <source>Fill in the address, mask or range end, or choose another address type.</source>
        <translation>Geben Sie die Adresse, die Maske oder das Bereichsende ein, oder wählen Sie einen anderen Adresstyp.</translation>
    </message>
    <message>
        <source>A server keyword (DNS, WINS, DHCP, gateway) is used without `me` on the other side</source>
        <translation>Ein Serverschlüsselwort (DNS, WINS, DHCP, Gateway) wird ohne `me` auf der anderen Seite verwendet</translation>
    </message>
    <message>
        <source>Set the other side of the filter to My IP address: Windows refuses any other combination.</source>
        <translation>Legen Sie die andere Seite des Filters auf „Meine IP-Adresse“ fest: Windows lehnt jede andere Kombination ab.</translation>
    </message>
    <message>
        <source>An address range mixes IPv4 and IPv6</source>
        <translation>Ein Adressbereich mischt IPv4 und IPv6</translation>
    </message>
    <message>
        <source>Use two addresses of the same IP version for the start and end of the range.</source>
        <translation>Verwenden Sie für Anfang und Ende des Bereichs zwei Adressen derselben IP-Version.</translation>
    </message>
    <message>
        <source>An address range starts after it ends</source>
        <translation>Ein Adressbereich beginnt nach seinem Ende</translation>
    </message>
    <message>
        <source>Swap the start and end of the range.</source>
        <translation>Vertauschen Sie Anfang und Ende des Bereichs.</translation>
    </message>
    <message>
        <source>A filter has an IPv4 address on one side and IPv6 on the other</source>
        <translation>Ein Filter hat auf einer Seite eine IPv4- und auf der anderen eine IPv6-Adresse</translation>
    </message>
    <message>
        <source>Use addresses of the same IP version on both sides, or two filters, one per version.</source>
        <translation>Verwenden Sie auf beiden Seiten Adressen derselben IP-Version oder zwei Filter, einen je Version.</translation>
    </message>
    <message>
        <source>A port range starts after it ends (or starts at 0)</source>
        <translation>Ein Portbereich beginnt nach seinem Ende (oder beginnt bei 0)</translation>
    </message>
    <message>
        <source>Give the range a start of 1 or more that is not above its end, or use any port.</source>
        <translation>Geben Sie dem Bereich einen Anfang von mindestens 1, der nicht über seinem Ende liegt, oder verwenden Sie einen beliebigen Port.</translation>
    </message>
    <message>
        <source>A tunnel rule uses a mirrored filter</source>
        <translation>Eine Tunnelregel verwendet einen gespiegelten Filter</translation>
    </message>
    <message>
        <source>Clear Mirrored: a tunnel needs one rule per direction, each with one-way filters.</source>
        <translation>Deaktivieren Sie „Gespiegelt“: Ein Tunnel benötigt eine Regel je Richtung, jede mit unidirektionalen Filtern.</translation>
    </message>
    <message>
        <source>A tunnel rule&apos;s filter uses My IP address or a server keyword</source>
        <translation>Der Filter einer Tunnelregel verwendet „Meine IP-Adresse“ oder ein Serverschlüsselwort</translation>
    </message>
    <message>
        <source>Describe the networks behind the tunnel endpoints with specific addresses or subnets.</source>
        <translation>Beschreiben Sie die Netzwerke hinter den Tunnelendpunkten mit bestimmten Adressen oder Teilnetzen.</translation>
    </message>
    <message>
        <source>A tunnel endpoint has no address or DNS name</source>
        <translation>Ein Tunnelendpunkt hat keine Adresse und keinen DNS-Namen</translation>
    </message>
    <message>
        <source>Enter the tunnel endpoint&apos;s IP address, or make the rule a transport-mode rule (no tunnel).</source>
        <translation>Geben Sie die IP-Adresse des Tunnelendpunkts ein, oder machen Sie die Regel zu einer Regel im Transportmodus (kein Tunnel).</translation>
    </message>
    <message>
        <source>Negotiate security has no security methods</source>
        <translation>„Sicherheit aushandeln“ hat keine Sicherheitsmethoden</translation>
    </message>
    <message>
        <source>Add at least one security method (for example ESP with AES-256 and SHA-256).</source>
        <translation>Fügen Sie mindestens eine Sicherheitsmethode hinzu (zum Beispiel ESP mit AES-256 und SHA-256).</translation>
    </message>
    <message>
        <source>A permit or block action has security methods, which Windows ignores</source>
        <translation>Eine Filteraktion „Zulassen“ oder „Blockieren“ hat Sicherheitsmethoden, die Windows ignoriert</translation>
    </message>
    <message>
        <source>Remove the security methods, or change the action to negotiate security.</source>
        <translation>Entfernen Sie die Sicherheitsmethoden, oder ändern Sie die Aktion in „Sicherheit aushandeln“.</translation>
    </message>
    <message>
        <source>A permit or block action sets inpass, soft or session key PFS, which Windows ignores</source>
        <translation>Eine Filteraktion „Zulassen“ oder „Blockieren“ setzt inpass, soft oder Sitzungsschlüssel-PFS, was Windows ignoriert</translation>
    </message>
    <message>
        <source>Clear the option, or change the action to negotiate security.</source>
        <translation>Deaktivieren Sie die Option, oder ändern Sie die Aktion in „Sicherheit aushandeln“.</translation>
    </message>
    <message>
        <source>ESP has neither encryption nor integrity (ESP[None,None])</source>
        <translation>ESP hat weder Verschlüsselung noch Integrität (ESP[None,None])</translation>
    </message>
    <message>
        <source>AH has no integrity algorithm</source>
        <translation>AH hat keinen Integritätsalgorithmus</translation>
    </message>
    <message>
        <source>Choose the AH integrity algorithm (SHA1, or SHA-256 for WFAS).</source>
        <translation>Wählen Sie den AH-Integritätsalgorithmus (SHA1 oder für WFAS SHA-256).</translation>
    </message>
    <message>
        <source>A security method sets an algorithm for a protocol it does not use (ignored)</source>
        <translation>Eine Sicherheitsmethode legt einen Algorithmus für ein Protokoll fest, das sie nicht verwendet (wird ignoriert)</translation>
    </message>
    <message>
        <source>Clear the algorithm, or change the method to the protocol that uses it (AH, ESP or AH+ESP).</source>
        <translation>Entfernen Sie den Algorithmus, oder stellen Sie die Methode auf das Protokoll um, das ihn verwendet (AH, ESP oder AH+ESP).</translation>
    </message>
    <message>
        <source>Use 300 to 172800 seconds, or 0 for Windows&apos; default of 3600 seconds.</source>
        <translation>Verwenden Sie 300 bis 172800 Sekunden oder 0 für den Windows-Standardwert von 3600 Sekunden.</translation>
    </message>
    <message>
        <source>Use at least 20480 KB, or 0 for Windows&apos; default of 100000 KB.</source>
        <translation>Verwenden Sie mindestens 20480 KB oder 0 für den Windows-Standardwert von 100000 KB.</translation>
    </message>
    <message>
        <source>An ordered list of security methods holds the same method twice</source>
        <translation>Eine geordnete Liste von Sicherheitsmethoden enthält dieselbe Methode zweimal</translation>
    </message>
    <message>
        <source>Delete the second copy; the peer never reaches it.</source>
        <translation>Löschen Sie die zweite Kopie; der Peer erreicht sie nie.</translation>
    </message>
    <message>
        <source>AES-GCM encryption without the matching AES-GMAC integrity</source>
        <translation>AES-GCM-Verschlüsselung ohne die passende AES-GMAC-Integrität</translation>
    </message>
    <message>
        <source>With AES-GCM-n encryption use AES-GMAC-n integrity: Windows requires GCM for both.</source>
        <translation>Verwenden Sie mit AES-GCM-n-Verschlüsselung AES-GMAC-n-Integrität: Windows verlangt GCM für beide.</translation>
    </message>
    <message>
        <source>A policy&apos;s key exchange settings have no security methods</source>
        <translation>Die Schlüsselaustauscheinstellungen einer Richtlinie haben keine Sicherheitsmethoden</translation>
    </message>
    <message>
        <source>Add at least one key exchange method (encryption, integrity, Diffie-Hellman group).</source>
        <translation>Fügen Sie mindestens eine Schlüsselaustauschmethode hinzu (Verschlüsselung, Integrität, Diffie-Hellman-Gruppe).</translation>
    </message>
    <message>
        <source>Use 2879 minutes or less (the default is 480).</source>
        <translation>Verwenden Sie höchstens 2879 Minuten (Standard ist 480).</translation>
    </message>
    <message>
        <source>A polling interval or master key lifetime of 0 means Windows&apos; default</source>
        <translation>Ein Abrufintervall oder eine Hauptschlüssel-Lebensdauer von 0 bedeutet den Windows-Standardwert</translation>
    </message>
    <message>
        <source>Write the value you mean: 180 minutes polling, 480 minutes master key lifetime by default.</source>
        <translation>Geben Sie den gemeinten Wert an: standardmäßig 180 Minuten Abrufintervall, 480 Minuten Hauptschlüssel-Lebensdauer.</translation>
    </message>
    <message>
        <source>Master key PFS is on, so Windows sets the sessions per master key to 1</source>
        <translation>Hauptschlüssel-PFS ist aktiviert, daher setzt Windows die Sitzungen pro Hauptschlüssel auf 1</translation>
    </message>
    <message>
        <source>Set the sessions per master key to 1, or turn master key PFS off.</source>
        <translation>Setzen Sie die Sitzungen pro Hauptschlüssel auf 1, oder deaktivieren Sie Hauptschlüssel-PFS.</translation>
    </message>
    <message>
        <source>A key exchange method uses None, AES-GCM or AES-GMAC, which main mode cannot use</source>
        <translation>Eine Schlüsselaustauschmethode verwendet None, AES-GCM oder AES-GMAC, die der Hauptmodus nicht verwenden kann</translation>
    </message>
    <message>
        <source>Use DES, 3DES or AES-CBC encryption and MD5, SHA1 or SHA-2 integrity in main mode.</source>
        <translation>Verwenden Sie im Hauptmodus DES-, 3DES- oder AES-CBC-Verschlüsselung und MD5-, SHA1- oder SHA-2-Integrität.</translation>
    </message>
    <message>
        <source>The default response rule is active, but Windows Vista and later ignore it</source>
        <translation>Die Standardantwortregel ist aktiv, aber Windows Vista und höher ignorieren sie</translation>
    </message>
    <message>
        <source>Deactivate the default response rule, or target Windows before Vista.</source>
        <translation>Deaktivieren Sie die Standardantwortregel, oder wählen Sie als Ziel ein Windows vor Vista.</translation>
    </message>
    <message>
        <source>A policy has no rule that takes effect</source>
        <translation>Eine Richtlinie hat keine Regel, die wirksam wird</translation>
    </message>
    <message>
        <source>Add an active rule, or delete the policy.</source>
        <translation>Fügen Sie eine aktive Regel hinzu, oder löschen Sie die Richtlinie.</translation>
    </message>
    <message>
        <source>Negotiation needs an authentication method, but none is given</source>
        <translation>Die Aushandlung benötigt eine Authentifizierungsmethode, aber keine ist angegeben</translation>
    </message>
    <message>
        <source>Add an authentication method: Kerberos V5 in a domain, otherwise a certificate.</source>
        <translation>Fügen Sie eine Authentifizierungsmethode hinzu: Kerberos V5 in einer Domäne, sonst ein Zertifikat.</translation>
    </message>
    <message>
        <source>Certificate authentication names no certification authority</source>
        <translation>Die Zertifikatauthentifizierung nennt keine Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>Enter the distinguished name of the root CA whose certificates are accepted.</source>
        <translation>Geben Sie den definierten Namen der Stammzertifizierungsstelle ein, deren Zertifikate akzeptiert werden.</translation>
    </message>
    <message>
        <source>A preshared key is empty</source>
        <translation>Ein vorinstallierter Schlüssel ist leer</translation>
    </message>
    <message>
        <source>Enter the key, or better, use Kerberos V5 or certificates.</source>
        <translation>Geben Sie den Schlüssel ein, oder verwenden Sie besser Kerberos V5 oder Zertifikate.</translation>
    </message>
    <message>
        <source>An authentication method is listed twice</source>
        <translation>Eine Authentifizierungsmethode ist zweimal aufgeführt</translation>
    </message>
    <message>
        <source>Delete the second copy; it is never tried.</source>
        <translation>Löschen Sie die zweite Kopie; sie wird nie versucht.</translation>
    </message>
    <message>
        <source>Weak encryption (DES or 3DES)</source>
        <translation>Schwache Verschlüsselung (DES oder 3DES)</translation>
    </message>
    <message>
        <source>Use AES-256 (AES-GCM-256 for ESP) with a WFAS export; for the legacy formats 3DES is the strongest.</source>
        <translation>Verwenden Sie AES-256 (AES-GCM-256 für ESP) mit einem WFAS-Export; für die Legacyformate ist 3DES die stärkste.</translation>
    </message>
    <message>
        <source>Weak integrity (MD5 or SHA1)</source>
        <translation>Schwache Integrität (MD5 oder SHA1)</translation>
    </message>
    <message>
        <source>Use SHA-256 or stronger with a WFAS export; for the legacy formats SHA1 is the strongest.</source>
        <translation>Verwenden Sie SHA-256 oder stärker mit einem WFAS-Export; für die Legacyformate ist SHA1 am stärksten.</translation>
    </message>
    <message>
        <source>Weak Diffie-Hellman group (1 or 2)</source>
        <translation>Schwache Diffie-Hellman-Gruppe (1 oder 2)</translation>
    </message>
    <message>
        <source>Use DH group 14 (2048-bit, legacy formats from Server 2003) or ECDH P-256/P-384 with WFAS.</source>
        <translation>Verwenden Sie DH group 14 (2048 Bit, Legacyformate ab Server 2003) oder ECDH P-256/P-384 mit WFAS.</translation>
    </message>
    <message>
        <source>Preshared key authentication</source>
        <translation>Authentifizierung mit vorinstalliertem Schlüssel</translation>
    </message>
    <message>
        <source>Use certificates or Kerberos V5: a preshared key is stored in clear text and shared by every peer.</source>
        <translation>Verwenden Sie Zertifikate oder Kerberos V5: Ein vorinstallierter Schlüssel wird im Klartext gespeichert und von jedem Peer geteilt.</translation>
    </message>
    <message>
        <source>ESP encrypts without integrity</source>
        <translation>ESP verschlüsselt ohne Integrität</translation>
    </message>
    <message>
        <source>Add an integrity algorithm to ESP (or use AES-GCM): encryption without integrity can be forged.</source>
        <translation>Fügen Sie ESP einen Integritätsalgorithmus hinzu (oder verwenden Sie AES-GCM): Verschlüsselung ohne Integrität kann gefälscht werden.</translation>
    </message>
    <message>
        <source>A setting needs a newer Windows than the store targets</source>
        <translation>Eine Einstellung erfordert ein neueres Windows als das Ziel des Speichers</translation>
    </message>
    <message>
        <source>Remove the setting, or raise the store&apos;s target Windows version.</source>
        <translation>Entfernen Sie die Einstellung, oder erhöhen Sie die Windows-Zielversion des Speichers.</translation>
    </message>
    <message>
        <source>A modern algorithm (AES, SHA-2, GMAC, DH 19/20/24) cannot be exported to a legacy target</source>
        <translation>Ein moderner Algorithmus (AES, SHA-2, GMAC, DH 19/20/24) kann nicht in ein Legacyziel exportiert werden</translation>
    </message>
    <message>
        <source>Use DES/3DES, MD5/SHA1 and DH 1/2/14 for netsh and ipsecData, or export to WFAS.</source>
        <translation>Verwenden Sie für netsh und ipsecData DES/3DES, MD5/SHA1 und DH 1/2/14, oder exportieren Sie nach WFAS.</translation>
    </message>
    <message>
        <source>The export target cannot carry a setting</source>
        <translation>Das Exportziel kann eine Einstellung nicht abbilden</translation>
    </message>
    <message>
        <source>Change the setting, or choose an export target that carries it.</source>
        <translation>Ändern Sie die Einstellung, oder wählen Sie ein Exportziel, das sie abbilden kann.</translation>
    </message>
    <message>
        <source>The export target carries a setting only approximately</source>
        <translation>Das Exportziel bildet eine Einstellung nur näherungsweise ab</translation>
    </message>
    <message>
        <source>Check the exported result, or change the setting so that the target holds it exactly.</source>
        <translation>Prüfen Sie das exportierte Ergebnis, oder ändern Sie die Einstellung so, dass das Ziel sie genau abbildet.</translation>
    </message>
    <message>
        <source>The export target needs a newer Windows than the store targets</source>
        <translation>Das Exportziel erfordert ein neueres Windows als das Ziel des Speichers</translation>
    </message>
    <message>
        <source>Raise the store&apos;s target Windows version, or choose a legacy export target.</source>
        <translation>Erhöhen Sie die Windows-Zielversion des Speichers, oder wählen Sie ein Legacyexportziel.</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <extracomment>How a message quotes an object&apos;s name; German uses „%1“.</extracomment>
        <translation>(unbenannt)</translation>
    </message>
    <message>
        <source>&apos;%1&apos;</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Filter list %1</source>
        <translation>Filterliste %1</translation>
    </message>
    <message>
        <source>Filter list %1 / Filter %2</source>
        <translation>Filterliste %1 / Filter %2</translation>
    </message>
    <message>
        <source>Filter action %1</source>
        <translation>Filteraktion %1</translation>
    </message>
    <message>
        <source>Policy %1</source>
        <translation>Richtlinie %1</translation>
    </message>
    <message>
        <source>Policy %1 / Rule %2</source>
        <translation>Richtlinie %1 / Regel %2</translation>
    </message>
    <message>
        <source>Policy %1 / Default response rule</source>
        <translation>Richtlinie %1 / Standardantwortregel</translation>
    </message>
    <message>
        <source>Use AES-256 (AES-GCM-256 for ESP) with a WFAS export; the legacy formats offer 3DES at most, which is still better than DES.</source>
        <translation>Verwenden Sie AES-256 (AES-GCM-256 für ESP) mit einem WFAS-Export; die Legacyformate bieten höchstens 3DES, was immer noch besser ist als DES.</translation>
    </message>
    <message>
        <source>Use AES-256 (AES-GCM-256 for ESP) with a WFAS export; 3DES is already the strongest the legacy formats (netsh, ipsecData) can carry.</source>
        <translation>Verwenden Sie AES-256 (AES-GCM-256 für ESP) mit einem WFAS-Export; 3DES ist bereits das Stärkste, was die Legacyformate (netsh, ipsecData) abbilden können.</translation>
    </message>
    <message>
        <source>Use SHA-256 with a WFAS export; the legacy formats offer SHA1 at most, which is still better than MD5.</source>
        <translation>Verwenden Sie SHA-256 mit einem WFAS-Export; die Legacyformate bieten höchstens SHA1, was immer noch besser ist als MD5.</translation>
    </message>
    <message>
        <source>Use SHA-256 (or AES-GMAC with AES-GCM) with a WFAS export; SHA1 is already the strongest the legacy formats can carry.</source>
        <translation>Verwenden Sie SHA-256 (oder AES-GMAC mit AES-GCM) mit einem WFAS-Export; SHA1 ist bereits das Stärkste, was die Legacyformate abbilden können.</translation>
    </message>
    <message>
        <source>security method %1 (%2) of %3</source>
        <translation>Sicherheitsmethode %1 (%2) von %3</translation>
    </message>
    <message>
        <source>%1 uses ESP without encryption and without integrity.</source>
        <translation>%1 verwendet ESP ohne Verschlüsselung und ohne Integrität.</translation>
    </message>
    <message>
        <source>%1 uses AH without an integrity algorithm.</source>
        <translation>%1 verwendet AH ohne Integritätsalgorithmus.</translation>
    </message>
    <message>
        <source>an AH integrity algorithm</source>
        <translation>einen AH-Integritätsalgorithmus</translation>
    </message>
    <message>
        <source>an ESP encryption algorithm</source>
        <translation>einen ESP-Verschlüsselungsalgorithmus</translation>
    </message>
    <message>
        <source>an ESP integrity algorithm</source>
        <translation>einen ESP-Integritätsalgorithmus</translation>
    </message>
    <message>
        <source>%1 encrypts with %2 but its integrity is %3.</source>
        <translation>%1 verschlüsselt mit %2, aber ihre Integrität ist %3.</translation>
    </message>
    <message>
        <source>Use %1 integrity with %2.</source>
        <translation>Verwenden Sie mit %2 die Integrität %1.</translation>
    </message>
    <message>
        <source>%1 encrypts without integrity protection.</source>
        <translation>%1 verschlüsselt ohne Integritätsschutz.</translation>
    </message>
    <message>
        <source>AH and ESP with different integrity algorithms in %1</source>
        <translation>AH und ESP mit unterschiedlichen Integritätsalgorithmen in %1</translation>
    </message>
    <message>
        <source>%1 sets %2 that its protocol does not use; Windows ignores it.</source>
        <translation>%1 legt %2 fest, den ihr Protokoll nicht verwendet; Windows ignoriert ihn.</translation>
    </message>
    <message>
        <source>%1 has a lifetime of %2 seconds, outside 300-172800.</source>
        <translation>%1 hat eine Lebensdauer von %2 Sekunden, außerhalb von 300-172800.</translation>
    </message>
    <message>
        <source>%1 has a lifetime of %2 KB, below 20480 KB.</source>
        <translation>%1 hat eine Lebensdauer von %2 KB, unter 20480 KB.</translation>
    </message>
    <message>
        <source>The lifetime of %1 for %2: it is cut to %3 seconds.</source>
        <translation>Die Lebensdauer von %1 im Exportziel %2: Sie wird auf %3 Sekunden gekürzt.</translation>
    </message>
    <message>
        <source>%1 encrypts with the weak %2.</source>
        <translation>%1 verschlüsselt mit dem schwachen %2.</translation>
    </message>
    <message>
        <source>%1 uses the weak integrity algorithm %2.</source>
        <translation>%1 verwendet den schwachen Integritätsalgorithmus %2.</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>Security method %1 of %2 repeats method %3 (%4).</source>
        <translation>Sicherheitsmethode %1 von %2 wiederholt Methode %3 (%4).</translation>
    </message>
    <message>
        <source>policy %1</source>
        <translation>Richtlinie %1</translation>
    </message>
    <message>
        <source>The key exchange settings of %1 have no security methods.</source>
        <translation>Die Schlüsselaustauscheinstellungen von %1 haben keine Sicherheitsmethoden.</translation>
    </message>
    <message>
        <source>The master key lifetime of %1 is %2 minutes.</source>
        <translation>Die Hauptschlüssel-Lebensdauer von %1 beträgt %2 Minuten.</translation>
    </message>
    <message>
        <source>The master key lifetime of %1 is 0, which Windows reads as 480 minutes.</source>
        <translation>Die Hauptschlüssel-Lebensdauer von %1 ist 0, was Windows als 480 Minuten liest.</translation>
    </message>
    <message>
        <source>The polling interval of %1 is 0, which Windows reads as 180 minutes.</source>
        <translation>Das Abrufintervall von %1 ist 0, was Windows als 180 Minuten liest.</translation>
    </message>
    <message>
        <source>%1 has master key PFS on and %2 sessions per master key; Windows uses 1.</source>
        <translation>%1 hat Hauptschlüssel-PFS aktiviert und %2 Sitzungen pro Hauptschlüssel; Windows verwendet 1.</translation>
    </message>
    <message>
        <source>key exchange method %1 (%2) of %3</source>
        <translation>Schlüsselaustauschmethode %1 (%2) von %3</translation>
    </message>
    <message>
        <source>%1 uses the encryption %2, which main mode cannot use.</source>
        <translation>%1 verwendet die Verschlüsselung %2, die der Hauptmodus nicht verwenden kann.</translation>
    </message>
    <message>
        <source>%1 uses the integrity %2, which main mode cannot use.</source>
        <translation>%1 verwendet die Integrität %2, die der Hauptmodus nicht verwenden kann.</translation>
    </message>
    <message>
        <source>%1 uses the weak %2.</source>
        <translation>%1 verwendet die schwache %2.</translation>
    </message>
    <message>
        <source>DH group 14 (2048-bit) in %1</source>
        <translation>DH group 14 (2048 Bit) in %1</translation>
    </message>
    <message>
        <source>%1 repeats method %2.</source>
        <translation>%1 wiederholt Methode %2.</translation>
    </message>
    <message>
        <source>The key exchange methods of %1</source>
        <translation>Die Schlüsselaustauschmethoden von %1</translation>
    </message>
    <message>
        <source>they use different Diffie-Hellman groups, and a WFAS main mode set holds one group for all its methods</source>
        <translation>Sie verwenden unterschiedliche Diffie-Hellman-Gruppen, und ein WFAS-Hauptmodussatz enthält eine Gruppe für alle seine Methoden</translation>
    </message>
    <message>
        <source>authentication method %1 of %2</source>
        <translation>Authentifizierungsmethode %1 von %2</translation>
    </message>
    <message>
        <source>%1 is a certificate without a certification authority.</source>
        <translation>%1 ist ein Zertifikat ohne Zertifizierungsstelle.</translation>
    </message>
    <message>
        <source>%1 is an empty preshared key.</source>
        <translation>%1 ist ein leerer vorinstallierter Schlüssel.</translation>
    </message>
    <message>
        <source>%1 is a preshared key.</source>
        <translation>%1 ist ein vorinstallierter Schlüssel.</translation>
    </message>
    <message>
        <source>the preshared key of %1, which holds a double quote or a control character</source>
        <translation>den vorinstallierten Schlüssel von %1, der ein doppeltes Anführungszeichen oder ein Steuerzeichen enthält</translation>
    </message>
    <message>
        <source>%1 repeats method %2 (%3).</source>
        <translation>%1 wiederholt Methode %2 (%3).</translation>
    </message>
    <message>
        <source>a netsh ipsec static script</source>
        <translation>Skript für netsh ipsec static</translation>
    </message>
    <message>
        <source>the legacy policy store (ipsecData)</source>
        <translation>Legacy-Richtlinienspeicher (ipsecData)</translation>
    </message>
    <message>
        <source>Windows Firewall connection security rules (WFAS)</source>
        <translation>Verbindungssicherheitsregeln der Windows-Firewall (WFAS)</translation>
    </message>
    <message>
        <source>Windows Vista or later</source>
        <translation>Windows Vista oder höher</translation>
    </message>
    <message>
        <source>%1 needs %2 or later, but the store targets %3.</source>
        <translation>Für %1 ist %2 oder höher erforderlich, aber der Speicher hat als Ziel %3.</translation>
    </message>
    <message>
        <source>%1 cannot carry %2.</source>
        <translation>Das Exportziel %1 kann %2 nicht abbilden.</translation>
    </message>
    <message>
        <source>%1 in %2: %3.</source>
        <translation>%1 im Exportziel %2: %3.</translation>
    </message>
    <message>
        <source>%1 cannot carry %2: it knows only DES, 3DES, MD5, SHA1 and DH groups 1, 2 and 14.</source>
        <translation>Das Exportziel %1 kann %2 nicht abbilden: Es kennt nur DES, 3DES, MD5, SHA1 und die DH groups 1, 2 und 14.</translation>
    </message>
    <message>
        <source>Filter list</source>
        <translation>Filterliste</translation>
    </message>
    <message>
        <source>filter list</source>
        <translation>Filterliste</translation>
    </message>
    <message>
        <source>Filter action</source>
        <translation>Filteraktion</translation>
    </message>
    <message>
        <source>filter action</source>
        <translation>Filteraktion</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source>policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source>the name of %1</source>
        <translation>den Namen von %1</translation>
    </message>
    <message>
        <source>the description of %1</source>
        <translation>die Beschreibung von %1</translation>
    </message>
    <message>
        <source>%1 %2has no name.</source>
        <translation>%1 %2hat keinen Namen.</translation>
    </message>
    <message>
        <source>%1 %2 %3has the same name as %4.</source>
        <translation>%1 %2 %3hat denselben Namen wie %4.</translation>
    </message>
    <message>
        <source>another one</source>
        <translation>ein anderes Objekt</translation>
    </message>
    <message>
        <source>%1 has no GUID.</source>
        <translation>%1 hat keine GUID.</translation>
    </message>
    <message>
        <source>%1 has the GUID %2, which another object of its kind already has.</source>
        <translation>%1 hat die GUID %2, die bereits ein anderes Objekt derselben Art hat.</translation>
    </message>
    <message>
        <source>, which holds a double quote or a control character</source>
        <translation> (enthält ein doppeltes Anführungszeichen oder ein Steuerzeichen)</translation>
    </message>
    <message>
        <source>Filter %1 of filter list %2</source>
        <translation>Filter %1 der Filterliste %2</translation>
    </message>
    <message>
        <source>Policy %1 is assigned, but policy %2 is assigned already.</source>
        <translation>Richtlinie %1 ist zugewiesen, aber Richtlinie %2 ist bereits zugewiesen.</translation>
    </message>
    <message>
        <source>filter action %1</source>
        <translation>Filteraktion %1</translation>
    </message>
    <message>
        <source>Filter action %1 negotiates security but has no security methods.</source>
        <translation>Filteraktion %1 handelt Sicherheit aus, hat aber keine Sicherheitsmethoden.</translation>
    </message>
    <message>
        <source>fallback without accepting unsecured communication is exported as Require inbound, request outbound, which is approximate</source>
        <translation>Rückgriff ohne Annahme unsicherer Kommunikation wird als „Require inbound, request outbound“ exportiert, was nur näherungsweise ist</translation>
    </message>
    <message>
        <source>Permit</source>
        <translation>Zulassen</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Blockieren</translation>
    </message>
    <message>
        <source>Filter action %1 is %2 but has %3 security methods, which Windows ignores.</source>
        <translation>Filteraktion %1 ist „%2“, hat aber %3 Sicherheitsmethoden, die Windows ignoriert.</translation>
    </message>
    <message>
        <source>accept unsecured communication (inpass)</source>
        <translation>Unsichere Kommunikation annehmen (inpass)</translation>
    </message>
    <message>
        <source>allow fallback to unsecured communication (soft)</source>
        <translation>Auf unsichere Kommunikation zurückgreifen (soft)</translation>
    </message>
    <message>
        <source>session key PFS (qmpfs)</source>
        <translation>Sitzungsschlüssel-PFS (qmpfs)</translation>
    </message>
    <message>
        <source>Filter action %1 is %2 but sets %3, which Windows ignores.</source>
        <translation>Filteraktion %1 ist „%2“, setzt aber „%3“, was Windows ignoriert.</translation>
    </message>
    <message>
        <source>Policy %1 has no active rule%2, so assigning it changes nothing.</source>
        <translation>Richtlinie %1 hat keine aktive Regel%2, daher ändert ihre Zuweisung nichts.</translation>
    </message>
    <message>
        <source> (its default response rule is ignored on the target Windows)</source>
        <translation> (ihre Standardantwortregel wird vom Ziel-Windows ignoriert)</translation>
    </message>
    <message>
        <source>the default response rule of policy %1</source>
        <translation>Standardantwortregel der Richtlinie %1</translation>
    </message>
    <message>
        <source>The default response rule of policy %1 is active, but %2 ignores it.</source>
        <translation>Die Standardantwortregel der Richtlinie %1 ist aktiv, aber %2 ignoriert sie.</translation>
    </message>
    <message>
        <source>The default response rule of policy %1</source>
        <translation>Die Standardantwortregel der Richtlinie %1</translation>
    </message>
    <message>
        <source>it has no equivalent and is dropped</source>
        <translation>Sie hat keine Entsprechung und entfällt</translation>
    </message>
    <message>
        <source>The default response rule of policy %1 is active but has no authentication method.</source>
        <translation>Die Standardantwortregel der Richtlinie %1 ist aktiv, hat aber keine Authentifizierungsmethode.</translation>
    </message>
    <message>
        <source>The default response rule of policy %1 is active but has no security methods.</source>
        <translation>Die Standardantwortregel der Richtlinie %1 ist aktiv, hat aber keine Sicherheitsmethoden.</translation>
    </message>
    <message>
        <source>Rule %1 of policy %2</source>
        <translation>Regel %1 der Richtlinie %2</translation>
    </message>
    <message>
        <source>of policy %1 </source>
        <translation>der Richtlinie %1 </translation>
    </message>
    <message>
        <source>rule %1 of policy %2</source>
        <translation>Regel %1 der Richtlinie %2</translation>
    </message>
    <message>
        <source>%1 has no filter list.</source>
        <translation>%1 hat keine Filterliste.</translation>
    </message>
    <message>
        <source>%1 uses filter list %2, which has no filters.</source>
        <translation>%1 verwendet die Filterliste %2, die keine Filter hat.</translation>
    </message>
    <message>
        <source>%1 refers to the filter list %2, which does not exist.</source>
        <translation>%1 verweist auf die Filterliste %2, die nicht existiert.</translation>
    </message>
    <message>
        <source>%1 has no filter action.</source>
        <translation>%1 hat keine Filteraktion.</translation>
    </message>
    <message>
        <source>%1 refers to the filter action %2, which does not exist.</source>
        <translation>%1 verweist auf die Filteraktion %2, die nicht existiert.</translation>
    </message>
    <message>
        <source>%1 negotiates security (filter action %2) but has no authentication method.</source>
        <translation>%1 handelt Sicherheit aus (Filteraktion %2), hat aber keine Authentifizierungsmethode.</translation>
    </message>
    <message>
        <source>%1 is a tunnel rule without a tunnel endpoint address.</source>
        <translation>%1 ist eine Tunnelregel ohne Adresse des Tunnelendpunkts.</translation>
    </message>
    <message>
        <source>the IPv6 tunnel endpoint of %1</source>
        <translation>den IPv6-Tunnelendpunkt von %1</translation>
    </message>
    <message>
        <source>%1 is a tunnel rule without a tunnel endpoint name.</source>
        <translation>%1 ist eine Tunnelregel ohne Namen des Tunnelendpunkts.</translation>
    </message>
    <message>
        <source>the DNS name tunnel endpoint of %1</source>
        <translation>den DNS-Namen des Tunnelendpunkts von %1</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Choose an encryption and/or an integrity algorithm for ESP.</source>
        <translation>Wählen Sie für ESP einen Verschlüsselungs- und/oder einen Integritätsalgorithmus.</translation>
    </message>
    <message>
        <source>A session key lifetime in seconds is outside 300 s - 48 h (unconfirmed range, Q3)</source>
        <translation>Eine Sitzungsschlüssel-Lebensdauer in Sekunden liegt außerhalb von 300 s - 48 h (unbestätigter Bereich, Q3)</translation>
    </message>
    <message>
        <source>A session key lifetime in kilobytes is below 20480 KB (unconfirmed range, Q3)</source>
        <translation>Eine Sitzungsschlüssel-Lebensdauer in Kilobyte liegt unter 20480 KB (unbestätigter Bereich, Q3)</translation>
    </message>
    <message>
        <source>The master key lifetime is above 2879 minutes, more than WFAS can hold (unconfirmed range, Q3)</source>
        <translation>Die Hauptschlüssel-Lebensdauer liegt über 2879 Minuten, mehr als WFAS aufnehmen kann (unbestätigter Bereich, Q3)</translation>
    </message>
    <message>
        <source>accepting unsecured communication without fallback has no exact equivalent (Q63); it is exported as Require inbound and outbound</source>
        <translation>Unsichere Kommunikation annehmen ohne Rückgriff hat keine genaue Entsprechung (Q63); es wird als „Require inbound and outbound“ exportiert</translation>
    </message>
    <message>
        <source>filter %1 of filter list %2 (rule %3)</source>
        <translation>Filter %1 der Filterliste %2 (Regel %3)</translation>
    </message>
    <message>
        <source>In policy %1, %2 matches the same traffic as %3 with the same treatment.</source>
        <translation>In Richtlinie %1 erfasst %2 denselben Datenverkehr wie %3 mit derselben Behandlung.</translation>
    </message>
    <message>
        <source>In policy %1, %2 and %3 match the same traffic with different treatment; one of them never applies and which one is not confirmed.</source>
        <translation>In Richtlinie %1 erfassen %2 und %3 denselben Datenverkehr mit unterschiedlicher Behandlung; einer von beiden greift nie, und welcher, ist nicht bestätigt.</translation>
    </message>
    <message>
        <source>In policy %1, %2 never applies: %3 matches the same traffic and is more specific.</source>
        <translation>In Richtlinie %1 greift %2 nie: %3 erfasst denselben Datenverkehr und ist spezifischer.</translation>
    </message>
    <message>
        <source>In policy %1, %2 and %3 overlap with equal specificity and different treatment; which one Windows applies is not confirmed.</source>
        <translation>In Richtlinie %1 überschneiden sich %2 und %3 bei gleicher Spezifität mit unterschiedlicher Behandlung; welchen Windows anwendet, ist nicht bestätigt.</translation>
    </message>
    <message>
        <source>no filter (clear text)</source>
        <translation>keinen Filter (Klartext)</translation>
    </message>
    <message>
        <source>Intent %1</source>
        <translation>Absicht %1</translation>
    </message>
    <message>
        <source>Policy %1 has more than %2 overlapping filters that need a look; the rest are not listed.</source>
        <translation>Richtlinie %1 hat mehr als %2 sich überschneidende Filter, die einen Blick brauchen; der Rest wird nicht aufgeführt.</translation>
    </message>
    <message>
        <source>Intent %1 cannot be checked: %2.</source>
        <translation>Absicht %1 kann nicht geprüft werden: %2.</translation>
    </message>
    <message>
        <source>Intent %1 fails: the packet &quot;%2&quot; should get %3 from policy %4, but %5.</source>
        <translation>Absicht %1 schlägt fehl: Das Paket &quot;%2&quot; sollte von Richtlinie %4 %3 erhalten, aber %5.</translation>
    </message>
    <message>
        <source>no filter matches it (clear text)</source>
        <translation>kein Filter erfasst es (Klartext)</translation>
    </message>
    <message>
        <source>rule %1 applies %2</source>
        <translation>Regel %1 wendet %2 an</translation>
    </message>
    <message>
        <source>Intent %1 is undecided: in policy %2 two equally specific filters treat the packet &quot;%3&quot; differently, and only one of them gives %4.</source>
        <translation>Absicht %1 ist unentschieden: In Richtlinie %2 behandeln zwei gleich spezifische Filter das Paket &quot;%3&quot; unterschiedlich, und nur einer von ihnen ergibt %4.</translation>
    </message>
    <message>
        <source>the key exchange of policy %1</source>
        <translation>der Schlüsselaustausch der Richtlinie %1</translation>
    </message>
    <message>
        <source>%1 uses %2, weaker than baseline %3 allows (%4 or stronger; %4: %5).</source>
        <translation>%1 verwendet %2, schwächer als die Basislinie %3 erlaubt (%4 oder stärker; %4: %5).</translation>
    </message>
    <message>
        <source>Rule %1 of policy %2 authenticates with %3, which baseline %4 does not allow.</source>
        <translation>Regel %1 der Richtlinie %2 authentifiziert mit %3, was die Basislinie %4 nicht erlaubt.</translation>
    </message>
    <message>
        <source>Two filters of a policy&apos;s active rules match the same traffic with the same treatment</source>
        <translation>Zwei Filter der aktiven Regeln einer Richtlinie erfassen denselben Datenverkehr mit derselben Behandlung</translation>
    </message>
    <message>
        <source>Delete one of the two filters: the other one already does the same.</source>
        <translation>Löschen Sie einen der beiden Filter: Der andere bewirkt bereits dasselbe.</translation>
    </message>
    <message>
        <source>Two filters of a policy&apos;s active rules match the same traffic with different treatment: one never applies</source>
        <translation>Zwei Filter der aktiven Regeln einer Richtlinie erfassen denselben Datenverkehr mit unterschiedlicher Behandlung: einer greift nie</translation>
    </message>
    <message>
        <source>Delete the filter that never applies, or narrow one of them so that each has traffic of its own.</source>
        <translation>Löschen Sie den Filter, der nie greift, oder schränken Sie einen ein, sodass jeder eigenen Datenverkehr hat.</translation>
    </message>
    <message>
        <source>Two filters overlap with equal specificity and different treatment: which one Windows applies is not confirmed</source>
        <translation>Zwei Filter überschneiden sich bei gleicher Spezifität mit unterschiedlicher Behandlung: Welchen Windows anwendet, ist nicht bestätigt</translation>
    </message>
    <message>
        <source>Make one filter more specific (a host instead of a subnet, a protocol or a port) so that it wins for certain.</source>
        <translation>Machen Sie einen Filter spezifischer (ein Host statt eines Subnetzes, ein Protokoll oder ein Port), damit er sicher gewinnt.</translation>
    </message>
    <message>
        <source>More overlapping filters than the Problems panel lists</source>
        <translation>Mehr sich überschneidende Filter, als der Bereich „Probleme“ aufführt</translation>
    </message>
    <message>
        <source>Run ipsecdesigner-cli analyze on the document to see every overlap.</source>
        <translation>Führen Sie ipsecdesigner-cli analyze für das Dokument aus, um jede Überschneidung zu sehen.</translation>
    </message>
    <message>
        <source>An intent fails: the policy treats its packet otherwise than expected</source>
        <translation>Eine Absicht schlägt fehl: Die Richtlinie behandelt ihr Paket anders als erwartet</translation>
    </message>
    <message>
        <source>Change the policy so that the packet is treated as the intent expects, or correct the intent.</source>
        <translation>Ändern Sie die Richtlinie so, dass das Paket wie erwartet behandelt wird, oder korrigieren Sie die Absicht.</translation>
    </message>
    <message>
        <source>An intent depends on a tie between two equally specific filters</source>
        <translation>Eine Absicht hängt von einem Gleichstand zweier gleich spezifischer Filter ab</translation>
    </message>
    <message>
        <source>Make the filter that should win more specific, so that the outcome does not rest on Windows&apos; unconfirmed tie handling.</source>
        <translation>Machen Sie den Filter, der gewinnen soll, spezifischer, damit das Ergebnis nicht von der unbestätigten Behandlung von Gleichständen durch Windows abhängt.</translation>
    </message>
    <message>
        <source>An intent cannot be checked: its packet does not parse or its policy does not exist</source>
        <translation>Eine Absicht kann nicht geprüft werden: Ihr Paket ist nicht lesbar oder ihre Richtlinie existiert nicht</translation>
    </message>
    <message>
        <source>Write the packet as &quot;PROTO SRC[:PORT] -&gt; DST[:PORT]&quot; and name an existing policy (or none for the assigned one).</source>
        <translation>Schreiben Sie das Paket als &quot;PROTO SRC[:PORT] -&gt; DST[:PORT]&quot; und nennen Sie eine vorhandene Richtlinie (oder keine für die zugewiesene).</translation>
    </message>
    <message>
        <source>Encryption weaker than the chosen crypto baseline</source>
        <translation>Verschlüsselung schwächer als die gewählte Krypto-Basislinie</translation>
    </message>
    <message>
        <source>Use the baseline&apos;s encryption or stronger; the message says which Windows and formats carry it.</source>
        <translation>Verwenden Sie die Verschlüsselung der Basislinie oder eine stärkere; die Meldung nennt, welche Windows-Versionen und Formate sie tragen.</translation>
    </message>
    <message>
        <source>Integrity weaker than the chosen crypto baseline</source>
        <translation>Integrität schwächer als die gewählte Krypto-Basislinie</translation>
    </message>
    <message>
        <source>Use the baseline&apos;s integrity algorithm or stronger; the message says which Windows and formats carry it.</source>
        <translation>Verwenden Sie den Integritätsalgorithmus der Basislinie oder einen stärkeren; die Meldung nennt, welche Windows-Versionen und Formate ihn tragen.</translation>
    </message>
    <message>
        <source>A Diffie-Hellman group weaker than the chosen crypto baseline</source>
        <translation>Eine Diffie-Hellman-Gruppe schwächer als die gewählte Krypto-Basislinie</translation>
    </message>
    <message>
        <source>Use the baseline&apos;s Diffie-Hellman group or stronger; the message says which Windows and formats carry it.</source>
        <translation>Verwenden Sie die Diffie-Hellman-Gruppe der Basislinie oder eine stärkere; die Meldung nennt, welche Windows-Versionen und Formate sie tragen.</translation>
    </message>
    <message>
        <source>An authentication method the chosen crypto baseline does not allow</source>
        <translation>Eine Authentifizierungsmethode, die die gewählte Krypto-Basislinie nicht erlaubt</translation>
    </message>
    <message>
        <source>Use Kerberos V5 or certificates, as the baseline allows.</source>
        <translation>Verwenden Sie Kerberos V5 oder Zertifikate, wie es die Basislinie erlaubt.</translation>
    </message>
</context>
<context>
    <name>ipsec::WizardResult</name>
    <message>
        <source>policy &apos;%1&apos;</source>
        <translation>Richtlinie „%1“</translation>
    </message>
    <message>
        <source>rule &apos;%1&apos;</source>
        <translation>Regel „%1“</translation>
    </message>
    <message>
        <source>filter &apos;%1&apos;</source>
        <translation>Filter „%1“</translation>
    </message>
    <message>
        <source>filter action &apos;%1&apos;</source>
        <translation>Filteraktion „%1“</translation>
    </message>
    <message>
        <source>filter list &apos;%1&apos;</source>
        <translation>Filterliste „%1“</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Design Windows IPsec policies.</source>
        <translation>Windows-IPsec-Richtlinien entwerfen.</translation>
    </message>
    <message>
        <source>Render the window to FILE (PNG) and exit.</source>
        <translation>Das Fenster in FILE (PNG) rendern und beenden.</translation>
    </message>
    <message>
        <source>Window size for --screenshot (default 1500x950).</source>
        <translation>Fenstergröße für --screenshot (Standard 1500x950).</translation>
    </message>
    <message>
        <source>Select this object (name) before the screenshot.</source>
        <translation>Dieses Objekt (Name) vor dem Screenshot auswählen.</translation>
    </message>
    <message>
        <source>Start with a new document from this template.</source>
        <translation>Mit einem neuen Dokument aus dieser Vorlage beginnen.</translation>
    </message>
    <message>
        <source>With --screenshot: trigger this action (e.g. actionApply) and render the dialog it opens.</source>
        <translation>Mit --screenshot: diese Aktion auslösen (z. B. actionApply) und den geöffneten Dialog rendern.</translation>
    </message>
    <message>
        <source>With --dialog: the wizard page to show.</source>
        <translation>Mit --dialog: die anzuzeigende Assistentenseite.</translation>
    </message>
    <message>
        <source>With --dialog: the file the action asks for.</source>
        <translation>Mit --dialog: die Datei, nach der die Aktion fragt.</translation>
    </message>
    <message>
        <source>With --screenshot: bring this panel to the front (e.g. diagramDock).</source>
        <translation>Mit --screenshot: diesen Bereich in den Vordergrund bringen (z. B. diagramDock).</translation>
    </message>
    <message>
        <source>Documents to open, each in a window of its own.</source>
        <translation>Zu öffnende Dokumente, jedes in einem eigenen Fenster.</translation>
    </message>
    <message>
        <source>The language of the window (e.g. de, en); default: the setting.</source>
        <translation>Die Sprache des Fensters (z. B. de, en); Standard: die Einstellung.</translation>
    </message>
    <message>
        <source>Colour theme: system, light or dark.</source>
        <translation>Farbschema: system, light oder dark.</translation>
    </message>
    <message>
        <source>With --screenshot: test this packet (&quot;tcp me -&gt; 10.0.0.1:80&quot;) in the Test a Packet panel and bring it to the front.</source>
        <translation>Mit --screenshot: dieses Paket (&quot;tcp me -&gt; 10.0.0.1:80&quot;) im Bereich „Paket testen“ prüfen und den Bereich nach vorn holen.</translation>
    </message>
</context>
</TS>
