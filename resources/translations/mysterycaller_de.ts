<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Mystery Caller</source>
        <translation>Über Mystery Caller</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Mystery Caller %1&lt;/h3&gt;&lt;p&gt;Records test calls to service hotlines and reports them to the client. No audio is ever recorded.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Mystery Caller %1&lt;/h3&gt;&lt;p&gt;Erfasst Testanrufe bei Service-Hotlines und berichtet sie dem Auftraggeber. Es wird nie Ton aufgezeichnet.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>a database server</source>
        <translation>ein Datenbankserver</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Datenbank:</translation>
    </message>
    <message>
        <source>Backups before updates:</source>
        <translation>Sicherungen vor Updates:</translation>
    </message>
    <message>
        <source>Settings:</source>
        <translation>Einstellungen:</translation>
    </message>
    <message>
        <source>DejaVu Sans, the font of the PDF reports, under this licence:</source>
        <translation>DejaVu Sans, die Schrift der PDF-Berichte, unter dieser Lizenz:</translation>
    </message>
    <message>
        <source>Where your data lives</source>
        <translation>Wo Ihre Daten liegen</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>Bibliotheken</translation>
    </message>
    <message>
        <source>Fonts</source>
        <translation>Schriften</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>The database could not be opened.</source>
        <translation>Die Datenbank konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Mystery Caller was updated</source>
        <translation>Mystery Caller wurde aktualisiert</translation>
    </message>
    <message>
        <source>Your database was upgraded for this version. A copy of it as it was before is kept in %1.</source>
        <translation>Ihre Datenbank wurde für diese Version umgestellt. Eine Kopie des vorherigen Stands liegt in %1.</translation>
    </message>
    <message>
        <source>The database is damaged.</source>
        <translation>Die Datenbank ist beschädigt.</translation>
    </message>
</context>
<context>
    <name>CallListModel</name>
    <message>
        <source>The call list could not be loaded: %1</source>
        <extracomment>A query or a page arrived (after the model changed). A query failed; the message is for the user. How many calls match the filter.</extracomment>
        <translation>Die Anrufliste konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Testobjekt</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>Tester</source>
        <translation>Testanrufer</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>nicht erreicht</translation>
    </message>
    <message>
        <source>KO</source>
        <translation>K.O.</translation>
    </message>
</context>
<context>
    <name>CallOpener</name>
    <message>
        <source>Campaigns</source>
        <extracomment>What opening a call may meet: a damaged or locked database, a call or campaign that is gone, a call the session refuses, a file the system refuses.</extracomment>
        <translation>Kampagnen</translation>
    </message>
    <message>
        <source>The campaigns could not be read.</source>
        <translation>Die Kampagnen konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The campaign could not be read.</source>
        <translation>Die Kampagne konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>New call</source>
        <translation>Neuer Anruf</translation>
    </message>
    <message>
        <source>The call could not be started.</source>
        <translation>Der Anruf konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>Open call</source>
        <translation>Anruf öffnen</translation>
    </message>
    <message>
        <source>The call could not be opened.</source>
        <translation>Der Anruf konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Resume interrupted call</source>
        <translation>Unterbrochenen Anruf fortsetzen</translation>
    </message>
    <message>
        <source>The interrupted calls could not be read.</source>
        <translation>Die unterbrochenen Anrufe konnten nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>CallScreen</name>
    <message>
        <source>Complete… [Ctrl+Return]</source>
        <extracomment>The client PDF of this (completed) call is wanted.</extracomment>
        <translation>Abschließen… [Strg+Eingabe]</translation>
    </message>
    <message>
        <source>Reopen… [Ctrl+Shift+R]</source>
        <translation>Wieder öffnen… [Strg+Umschalt+R]</translation>
    </message>
    <message>
        <source>PDF for the client…</source>
        <translation>PDF für den Auftraggeber…</translation>
    </message>
    <message>
        <source>Shortcuts [F1]</source>
        <translation>Tastenkürzel [F1]</translation>
    </message>
    <message>
        <source>Back to list [Ctrl+W]</source>
        <translation>Zurück zur Liste [Strg+W]</translation>
    </message>
    <message>
        <source>Show the keyboard shortcuts</source>
        <translation>Tastenkürzel anzeigen</translation>
    </message>
    <message>
        <source>Outcome after hang-up: {outcome}</source>
        <translation>Ergebnis nach dem Auflegen: {outcome}</translation>
    </message>
    <message>
        <source>New attempt</source>
        <translation>Neuer Anwahlversuch</translation>
    </message>
    <message>
        <source>Write a note (Enter saves, Esc leaves)</source>
        <translation>Notiz schreiben (Eingabe speichert, Esc verlässt)</translation>
    </message>
    <message>
        <source>Write a note (also while typing elsewhere)</source>
        <translation>Notiz schreiben (auch während der Eingabe an anderer Stelle)</translation>
    </message>
    <message>
        <source>Next script step</source>
        <translation>Nächster Leitfadenschritt</translation>
    </message>
    <message>
        <source>Previous script step</source>
        <translation>Vorheriger Leitfadenschritt</translation>
    </message>
    <message>
        <source>Tick / untick: {text}</source>
        <translation>Abhaken / Haken entfernen: {text}</translation>
    </message>
    <message>
        <source>Choose (then 1–9 or arrows): {text}</source>
        <translation>Auswählen (dann 1–9 oder Pfeiltasten): {text}</translation>
    </message>
    <message>
        <source>Complete the call (review)</source>
        <translation>Anruf abschließen (Prüfung)</translation>
    </message>
    <message>
        <source>Reopen a completed call</source>
        <translation>Abgeschlossenen Anruf wieder öffnen</translation>
    </message>
    <message>
        <source>Back to the list of calls</source>
        <translation>Zurück zur Anrufliste</translation>
    </message>
    <message>
        <source>Note saved at {time}.</source>
        <translation>Notiz bei {time} gespeichert.</translation>
    </message>
    <message>
        <source>Hang up and pick the outcome first.</source>
        <translation>Erst auflegen und das Ergebnis wählen.</translation>
    </message>
    <message>
        <source>The call is completed already.</source>
        <translation>Der Anruf ist bereits abgeschlossen.</translation>
    </message>
    <message>
        <source>Call completed and locked.</source>
        <translation>Anruf abgeschlossen und gesperrt.</translation>
    </message>
    <message>
        <source>Call reopened; the reason is in its history.</source>
        <translation>Anruf wieder geöffnet; der Grund steht in seinem Verlauf.</translation>
    </message>
    <message>
        <source>Completed and locked. Reopen [Ctrl+Shift+R] to change it.</source>
        <translation>Abgeschlossen und gesperrt. Zum Ändern wieder öffnen [Strg+Umschalt+R].</translation>
    </message>
</context>
<context>
    <name>CompletionDialog</name>
    <message>
        <source>Complete and lock</source>
        <translation>Abschließen und sperren</translation>
    </message>
    <message>
        <source>Score: {score}</source>
        <translation>Bewertung: {score}</translation>
    </message>
    <message>
        <source>(knocked out; raw {raw})</source>
        <translation>(K.-o.-Kriterium verfehlt; ohne K.o. {raw})</translation>
    </message>
    <message>
        <source>Reached: a person answered.</source>
        <translation>Erreicht: Eine Person hat sich gemeldet.</translation>
    </message>
    <message>
        <source>Not reached: nobody answered. The criteria are not judged, and by the campaign&apos;s rule the call scores 0.</source>
        <translation>Nicht erreicht: Niemand hat sich gemeldet. Die Kriterien werden nicht bewertet; nach der Regel der Kampagne wird der Anruf mit 0 bewertet.</translation>
    </message>
    <message>
        <source>Not reached: nobody answered. The criteria are not judged, and by the campaign&apos;s rule the call gets no score and is left out of the averages.</source>
        <translation>Nicht erreicht: Niemand hat sich gemeldet. Die Kriterien werden nicht bewertet; nach der Regel der Kampagne erhält der Anruf keine Wertung und zählt nicht in die Durchschnitte.</translation>
    </message>
    <message>
        <source>Answer the listed criteria, or mark them n/a, first.</source>
        <translation>Beantworten Sie zuerst die aufgeführten Kriterien oder markieren Sie sie als „entfällt“.</translation>
    </message>
    <message>
        <source>&amp;Agent (name or description)</source>
        <translation>&amp;Mitarbeiter (Name oder Beschreibung)</translation>
    </message>
    <message>
        <source>e.g. Ms Weber, young voice</source>
        <translation>z. B. Frau Weber, junge Stimme</translation>
    </message>
    <message>
        <source>&amp;Agent description</source>
        <translation>&amp;Beschreibung des Mitarbeiters</translation>
    </message>
    <message>
        <source>No names: e.g. female, calm voice</source>
        <translation>Keine Namen: z. B. weiblich, ruhige Stimme</translation>
    </message>
    <message>
        <source>pick or type</source>
        <translation>auswählen oder eingeben</translation>
    </message>
    <message>
        <source>Complete the call</source>
        <translation>Anruf abschließen</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Answer these first (or mark them n/a):</source>
        <translation>Beantworten Sie zuerst diese (oder markieren Sie sie als „entfällt“):</translation>
    </message>
    <message>
        <source>Not ticked – these will count as “no”:</source>
        <translation>Nicht angehakt – diese zählen als „nein“:</translation>
    </message>
    <message>
        <source>&amp;Agent</source>
        <translation>&amp;Mitarbeiter</translation>
    </message>
    <message>
        <source>Overall &amp;impression</source>
        <translation>&amp;Gesamteindruck</translation>
    </message>
</context>
<context>
    <name>ConflictRows</name>
    <message>
        <source>(deleted here)</source>
        <translation>(hier gelöscht)</translation>
    </message>
    <message>
        <source>Tester</source>
        <translation>Testanrufer</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>(knockout)</source>
        <translation>(K.-o.)</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punktzahl</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Mitarbeiter/in</translation>
    </message>
    <message>
        <source>Impression</source>
        <translation>Eindruck</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>entfällt</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message numerus="yes">
        <source>Conflicts (%n open)</source>
        <extracomment>Background of a row whose value differs between the two versions.</extracomment>
        <translation>
            <numerusform>Konflikte (%n offen)</numerusform>
            <numerusform>Konflikte (%n offen)</numerusform>
        </translation>
    </message>
    <message>
        <source>The conflict could not be resolved.</source>
        <translation>Der Konflikt konnte nicht gelöst werden.</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Kept the existing version.</source>
        <translation>Die vorhandene Fassung wurde behalten.</translation>
    </message>
    <message>
        <source>Took over the incoming version.</source>
        <translation>Die eingehende Fassung wurde übernommen.</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>aus %1</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Eingehend</translation>
    </message>
    <message>
        <source>There are no open conflicts.</source>
        <translation>Es gibt keine offenen Konflikte.</translation>
    </message>
    <message>
        <source>Incoming (from %1)</source>
        <translation>Eingehend (aus %1)</translation>
    </message>
    <message>
        <source>Differs in: %1</source>
        <translation>Unterschiede: %1</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>These calls came in a bundle with content that differs from the version in this database. Choose which version to keep.</source>
        <translation>Diese Anrufe kamen in einem Sync-Paket mit anderem Inhalt als die Fassung in dieser Datenbank. Wählen Sie, welche Fassung gelten soll.</translation>
    </message>
    <message>
        <source>Existing (in this database)</source>
        <translation>Vorhanden (in dieser Datenbank)</translation>
    </message>
    <message>
        <source>Keep &amp;existing</source>
        <translation>&amp;Vorhandene behalten</translation>
    </message>
    <message>
        <source>Keep &amp;incoming</source>
        <translation>&amp;Eingehende übernehmen</translation>
    </message>
</context>
<context>
    <name>CriteriaPanel</name>
    <message>
        <source>Not reached: criteria are not judged</source>
        <extracomment>A refused change: the CallSessionError, for the screen to put into words.</extracomment>
        <translation>Nicht erreicht: Kriterien werden nicht bewertet</translation>
    </message>
</context>
<context>
    <name>CriterionRow</name>
    <message>
        <source>(knockout)</source>
        <extracomment>Keys of the criteria set by hand, in catalogue order (documented in the shortcuts overlay). The letter row is the German keyboard&apos;s: Z, not Y, after T.</extracomment>
        <translation>(K.-o.-Kriterium)</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>entfällt</translation>
    </message>
    <message>
        <source>Not applicable in this call</source>
        <translation>In diesem Anruf nicht zutreffend</translation>
    </message>
    <message>
        <source>Clear this answer</source>
        <translation>Diese Antwort löschen</translation>
    </message>
    <message>
        <source>Observation (saved when you leave the field)</source>
        <translation>Beobachtung (wird beim Verlassen des Feldes gespeichert)</translation>
    </message>
</context>
<context>
    <name>FaultMessages</name>
    <message>
        <source>the database</source>
        <translation>die Datenbank</translation>
    </message>
    <message>
        <source>The database %1 is in use by %2, so nothing was changed. Wait until it is finished, or close it, and try again.</source>
        <translation>Die Datenbank %1 wird gerade von %2 benutzt, daher wurde nichts geändert. Warten Sie, bis es fertig ist, oder schließen Sie es, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The database %1 is in use by another program, so nothing was changed. Wait until it is finished, or close it, and try again.</source>
        <translation>Die Datenbank %1 wird gerade von einem anderen Programm benutzt, daher wurde nichts geändert. Warten Sie, bis es fertig ist, oder schließen Sie es, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The database %1 cannot be written (%2), so nothing was changed. Make the file and its folder writable, then try again.</source>
        <translation>In die Datenbank %1 kann nicht geschrieben werden (%2), daher wurde nichts geändert. Machen Sie die Datei und ihren Ordner beschreibbar und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>it is read-only</source>
        <translation>sie ist schreibgeschützt</translation>
    </message>
    <message>
        <source>The disk holding %1 is full, so nothing was changed. Free at least %2 MB there.</source>
        <translation>Der Datenträger mit %1 ist voll, daher wurde nichts geändert. Geben Sie dort mindestens %2 MB frei.</translation>
    </message>
    <message>
        <source>The database %1 is damaged. It was opened read-only, so nothing can be saved. The newest good backup is %2: close Mystery Caller and copy it over the damaged file.</source>
        <translation>Die Datenbank %1 ist beschädigt. Sie wurde schreibgeschützt geöffnet, daher kann nichts gespeichert werden. Die neueste intakte Sicherung ist %2: Schließen Sie Mystery Caller und kopieren Sie sie über die beschädigte Datei.</translation>
    </message>
    <message>
        <source>The database %1 is damaged. It was opened read-only, so nothing can be saved. No good backup was found.</source>
        <translation>Die Datenbank %1 ist beschädigt. Sie wurde schreibgeschützt geöffnet, daher kann nichts gespeichert werden. Es wurde keine intakte Sicherung gefunden.</translation>
    </message>
    <message>
        <source>The database %1 was deleted while Mystery Caller was using it. Nothing more was saved. Restart Mystery Caller to see what is there.</source>
        <translation>Die Datenbank %1 wurde gelöscht, während Mystery Caller sie benutzte. Es wurde nichts mehr gespeichert. Starten Sie Mystery Caller neu, um zu sehen, was vorhanden ist.</translation>
    </message>
    <message>
        <source>The database %1 was replaced by another file while Mystery Caller was using it. Nothing more was saved. Restart Mystery Caller to open the new file.</source>
        <translation>Die Datenbank %1 wurde durch eine andere Datei ersetzt, während Mystery Caller sie benutzte. Es wurde nichts mehr gespeichert. Starten Sie Mystery Caller neu, um die neue Datei zu öffnen.</translation>
    </message>
    <message>
        <source>The database %1 was emptied while Mystery Caller was using it. Nothing more was saved.</source>
        <translation>Die Datenbank %1 wurde geleert, während Mystery Caller sie benutzte. Es wurde nichts mehr gespeichert.</translation>
    </message>
    <message>
        <source>The database %1 is missing or empty, but Mystery Caller had one there. Put the file back, or start a new, empty database.</source>
        <translation>Die Datenbank %1 fehlt oder ist leer, obwohl Mystery Caller dort eine hatte. Legen Sie die Datei zurück oder beginnen Sie eine neue, leere Datenbank.</translation>
    </message>
    <message>
        <source>The file %1 is not a Mystery Caller database.</source>
        <translation>Die Datei %1 ist keine Mystery-Caller-Datenbank.</translation>
    </message>
    <message>
        <source>The database %1 could not be used (%2). Nothing was changed.</source>
        <translation>Die Datenbank %1 konnte nicht benutzt werden (%2). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <source>the file system holding %1 is mounted read-only</source>
        <translation>das Dateisystem mit %1 ist schreibgeschützt eingehängt</translation>
    </message>
    <message>
        <source>the file %1 is read-only</source>
        <translation>die Datei %1 ist schreibgeschützt</translation>
    </message>
    <message>
        <source>the folder %1 is read-only</source>
        <translation>der Ordner %1 ist schreibgeschützt</translation>
    </message>
    <message>
        <source>the file %1 or its folder is read-only</source>
        <translation>die Datei %1 oder ihr Ordner ist schreibgeschützt</translation>
    </message>
    <message>
        <source>Mystery Caller</source>
        <translation>Mystery Caller</translation>
    </message>
    <message>
        <source>The database is missing.</source>
        <translation>Die Datenbank fehlt.</translation>
    </message>
    <message>
        <source>Start a new database</source>
        <translation>Neue Datenbank beginnen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>at {time}</source>
        <translation>bei {time}</translation>
    </message>
    <message>
        <source>after the call</source>
        <translation>nach dem Anruf</translation>
    </message>
    <message>
        <source>before dialling</source>
        <translation>vor dem Wählen</translation>
    </message>
    <message>
        <source>Score {score}</source>
        <translation>Wertung {score}</translation>
    </message>
    <message>
        <source>knockout criterion still open: 0 if it stays unticked</source>
        <translation>K.-o.-Kriterium noch offen: 0, wenn es nicht angehakt wird</translation>
    </message>
    <message>
        <source>knockout criterion not met – raw score {raw}</source>
        <translation>K.-o.-Kriterium nicht erfüllt – ohne K.-o. {raw}</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>nicht erreicht</translation>
    </message>
    <message>
        <source>not reached yet</source>
        <translation>noch nicht erreicht</translation>
    </message>
    <message>
        <source>not measured yet</source>
        <translation>noch nicht gemessen</translation>
    </message>
    <message>
        <source>✓ met</source>
        <translation>✓ erfüllt</translation>
    </message>
    <message>
        <source>✗ not met</source>
        <translation>✗ nicht erfüllt</translation>
    </message>
    <message>
        <source>Dial first [F2]: this attempt has not started yet.</source>
        <translation>Zuerst wählen [F2]: Dieser Anwahlversuch hat noch nicht begonnen.</translation>
    </message>
    <message>
        <source>This attempt was dialled already.</source>
        <translation>Dieser Anwahlversuch wurde bereits gewählt.</translation>
    </message>
    <message>
        <source>This attempt has ended: pick its outcome, or start a new attempt.</source>
        <translation>Dieser Anwahlversuch ist beendet: Wählen Sie das Ergebnis oder starten Sie einen neuen Versuch.</translation>
    </message>
    <message>
        <source>The time after the interruption is unknown: the stopwatch cannot go on. Pick how the attempt ended.</source>
        <translation>Die Zeit nach der Unterbrechung ist unbekannt: Die Stoppuhr kann nicht weiterlaufen. Wählen Sie, wie der Versuch endete.</translation>
    </message>
    <message>
        <source>“Answered” needs a talk phase: press Talk [F5] when someone answers.</source>
        <translation>„Angenommen“ braucht eine Gesprächsphase: Drücken Sie Gespräch [F5], sobald sich jemand meldet.</translation>
    </message>
    <message>
        <source>No further attempt is possible now.</source>
        <translation>Jetzt ist kein weiterer Anwahlversuch möglich.</translation>
    </message>
    <message>
        <source>The call is completed and locked: reopen it [Ctrl+Shift+R] to change it.</source>
        <translation>Der Anruf ist abgeschlossen und gesperrt: Öffnen Sie ihn wieder [Strg+Umschalt+R], um ihn zu ändern.</translation>
    </message>
    <message>
        <source>Hang up and pick the outcome first.</source>
        <translation>Erst auflegen und das Ergebnis wählen.</translation>
    </message>
    <message>
        <source>Answer these first (or mark them n/a): {criteria}</source>
        <translation>Bitte zuerst beantworten (oder als „entfällt“ markieren): {criteria}</translation>
    </message>
    <message>
        <source>Only a completed call can be reopened.</source>
        <translation>Nur ein abgeschlossener Anruf kann wieder geöffnet werden.</translation>
    </message>
    <message>
        <source>Say why the call is reopened.</source>
        <translation>Geben Sie an, warum der Anruf wieder geöffnet wird.</translation>
    </message>
    <message>
        <source>Unknown criterion: {criterion}</source>
        <translation>Unbekanntes Kriterium: {criterion}</translation>
    </message>
    <message>
        <source>{criterion}: timing criteria are measured by the stopwatch.</source>
        <translation>{criterion}: Zeitkriterien misst die Stoppuhr.</translation>
    </message>
    <message>
        <source>{criterion}: may not be marked not applicable.</source>
        <translation>{criterion}: darf nicht als „entfällt“ markiert werden.</translation>
    </message>
    <message>
        <source>{criterion}: this value is not allowed.</source>
        <translation>{criterion}: Dieser Wert ist nicht zulässig.</translation>
    </message>
    <message>
        <source>The note is empty.</source>
        <translation>Die Notiz ist leer.</translation>
    </message>
    <message>
        <source>The call was not reached: its criteria are not judged.</source>
        <translation>Der Anruf wurde nicht erreicht: Seine Kriterien werden nicht bewertet.</translation>
    </message>
    <message>
        <source>The scenario or target is not in the campaign.</source>
        <translation>Szenario oder Testobjekt gehört nicht zur Kampagne.</translation>
    </message>
    <message>
        <source>This scenario is not meant for this target.</source>
        <translation>Dieses Szenario ist nicht für dieses Testobjekt vorgesehen.</translation>
    </message>
    <message>
        <source>NOT saved: the database refused the change, so it was not made. Check that the disk is not full and the data folder is reachable, then try again.</source>
        <translation>NICHT gespeichert: Die Datenbank hat die Änderung abgelehnt, sie wurde nicht übernommen. Prüfen Sie, ob der Datenträger voll und der Datenordner erreichbar ist, und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message numerus="yes">
        <source>%n call(s) differ from the version in this database. Nothing was overwritten: choose which version to keep under File › Conflicts.</source>
        <translation>
            <numerusform>%n Anruf weicht von der Fassung in dieser Datenbank ab. Nichts wurde überschrieben: Wählen Sie unter Datei › Konflikte, welche Fassung gelten soll.</numerusform>
            <numerusform>%n Anrufe weichen von der Fassung in dieser Datenbank ab. Nichts wurde überschrieben: Wählen Sie unter Datei › Konflikte, welche Fassung gelten soll.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: results bundle</source>
        <translation>%1: Ergebnispaket</translation>
    </message>
    <message>
        <source>%1: results bundle from %2</source>
        <translation>%1: Ergebnispaket von %2</translation>
    </message>
    <message>
        <source>%1: campaign package</source>
        <translation>%1: Kampagnenpaket</translation>
    </message>
    <message>
        <source>(encrypted)</source>
        <translation>(verschlüsselt)</translation>
    </message>
    <message>
        <source>Campaign versions: %1 added, %2 already here.</source>
        <translation>Kampagnenversionen: %1 hinzugefügt, %2 schon vorhanden.</translation>
    </message>
    <message>
        <source>The bundle holds no calls.</source>
        <translation>Das Paket enthält keine Anrufe.</translation>
    </message>
    <message>
        <source>Tester</source>
        <translation>Testanrufer</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Importbericht</translation>
    </message>
    <message>
        <source>Show the conflicts…</source>
        <translation>Konflikte anzeigen…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Database: %1</source>
        <extracomment>The running campaign import, if any (tests wait for it).</extracomment>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <source>New call [%1]</source>
        <translation>Neuer Anruf [%1]</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Mystery Caller</source>
        <translation>Mystery Caller</translation>
    </message>
    <message>
        <source>Import campaign</source>
        <translation>Kampagne importieren</translation>
    </message>
    <message>
        <source>Campaign files (*.yaml *.yml)</source>
        <translation>Kampagnendateien (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message>
        <source>Imported campaign %1</source>
        <translation>Kampagne %1 importiert</translation>
    </message>
    <message numerus="yes">
        <source>%Ln call(s)</source>
        <translation>
            <numerusform>%Ln Anruf</numerusform>
            <numerusform>%Ln Anrufe</numerusform>
        </translation>
    </message>
    <message>
        <source>Complete the call first: the client PDF is of completed calls.</source>
        <translation>Schließen Sie den Anruf zuerst ab: Das PDF für den Auftraggeber gibt es für abgeschlossene Anrufe.</translation>
    </message>
    <message>
        <source>The campaign file %1 could not be imported.</source>
        <translation>Die Kampagnendatei %1 konnte nicht importiert werden.</translation>
    </message>
    <message>
        <source>During a call, F1 shows the call screen&apos;s keys.</source>
        <translation>Während eines Anrufs zeigt F1 die Tasten des Anrufbildschirms.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;Campaign:</source>
        <translation>&amp;Kampagne:</translation>
    </message>
    <message>
        <source>Start a new test call (Ctrl+N)</source>
        <translation>Einen neuen Testanruf beginnen (Strg+N)</translation>
    </message>
    <message>
        <source>New call</source>
        <translation>Neuer Anruf</translation>
    </message>
    <message>
        <source>Filter by target, scenario, tester or status</source>
        <translation>Nach Testobjekt, Szenario, Testanrufer oder Status filtern</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Berichte</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Extras</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;New call…</source>
        <translation>&amp;Neuer Anruf…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Import campaign…</source>
        <translation>Kampagne &amp;importieren…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>&amp;About Mystery Caller</source>
        <translation>&amp;Über Mystery Caller</translation>
    </message>
    <message>
        <source>&amp;Export results for the coordinator…</source>
        <translation>&amp;Ergebnisse für die Koordination exportieren…</translation>
    </message>
    <message>
        <source>Export campaign &amp;package…</source>
        <translation>&amp;Kampagnenpaket exportieren…</translation>
    </message>
    <message>
        <source>Import &amp;bundle…</source>
        <translation>&amp;Sync-Paket importieren…</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>Kon&amp;flikte…</translation>
    </message>
    <message>
        <source>&amp;PDF for the client…</source>
        <translation>&amp;PDF für den Auftraggeber…</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>&amp;Wave report (PDF)…</source>
        <translation>&amp;Wellenbericht (PDF)…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Export als &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;Excel…</source>
        <translation>Export für &amp;Excel…</translation>
    </message>
</context>
<context>
    <name>NewCallDialog</name>
    <message>
        <source>Campaign: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Kampagne: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 (competitor)</source>
        <translation>%1 (Wettbewerber)</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Telefon: %1</translation>
    </message>
    <message>
        <source>Hours: %1</source>
        <translation>Erreichbar: %1</translation>
    </message>
    <message>
        <source>Start call</source>
        <translation>Anruf beginnen</translation>
    </message>
    <message>
        <source>New call</source>
        <translation>Neuer Anruf</translation>
    </message>
    <message>
        <source>&amp;Scenario:</source>
        <translation>&amp;Szenario:</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Testobjekt:</translation>
    </message>
    <message>
        <source>T&amp;ester:</source>
        <translation>Test&amp;anrufer:</translation>
    </message>
    <message>
        <source>Your name or tester code</source>
        <translation>Ihr Name oder Ihr Testanrufer-Kürzel</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>Note [N]</source>
        <translation>Notiz [N]</translation>
    </message>
    <message>
        <source>Quick note [N] – Enter saves, Esc leaves</source>
        <translation>Schnelle Notiz [N] – Eingabe speichert, Esc verlässt</translation>
    </message>
    <message>
        <source>Save note [Enter]</source>
        <translation>Notiz speichern [Eingabe]</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Password for the file</source>
        <extracomment>None: the file is written without encryption.</extracomment>
        <translation>Passwort für die Datei</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <source>&amp;Protect the file with a password</source>
        <translation>Datei mit Passwort &amp;schützen</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>The password is not stored anywhere. Tell it to the recipient another way, for example by phone.</source>
        <translation>Das Passwort wird nirgends gespeichert. Teilen Sie es dem Empfänger auf anderem Weg mit, zum Beispiel telefonisch.</translation>
    </message>
</context>
<context>
    <name>ProgressTask</name>
    <message>
        <source>Please wait</source>
        <translation>Bitte warten</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>File written</source>
        <translation>Datei geschrieben</translation>
    </message>
    <message>
        <source>%1 has been written.

Open the file?</source>
        <translation>%1 wurde geschrieben.

Datei öffnen?</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <source>Reopen</source>
        <translation>Wieder öffnen</translation>
    </message>
    <message>
        <source>Reopen the call</source>
        <translation>Anruf wieder öffnen</translation>
    </message>
    <message>
        <source>The call is completed and locked. Reopening it is recorded in the call&apos;s history. Why do you reopen it?</source>
        <translation>Der Anruf ist abgeschlossen und gesperrt. Das Wiederöffnen wird im Verlauf des Anrufs vermerkt. Warum öffnen Sie ihn wieder?</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>Grund (erforderlich)</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <source>Report settings</source>
        <translation>Berichtseinstellungen</translation>
    </message>
    <message>
        <source>The logo or the accent colour in the settings cannot be used. Choose another one under Tools › Settings, or remove it.</source>
        <translation>Das Logo oder die Akzentfarbe in den Einstellungen ist nicht verwendbar. Wählen Sie unter Extras › Einstellungen ein anderes oder entfernen Sie es.</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Anruf %1</translation>
    </message>
    <message>
        <source>PDF for the client</source>
        <translation>PDF für den Auftraggeber</translation>
    </message>
    <message>
        <source>Writing the PDF for the client…</source>
        <translation>PDF für den Auftraggeber wird geschrieben…</translation>
    </message>
    <message>
        <source>The PDF for the client could not be written.</source>
        <translation>Das PDF für den Auftraggeber konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Wave report %1</source>
        <translation>Wellenbericht %1</translation>
    </message>
    <message>
        <source>Wave report (PDF)</source>
        <translation>Wellenbericht (PDF)</translation>
    </message>
    <message>
        <source>Writing the wave report…</source>
        <translation>Wellenbericht wird geschrieben…</translation>
    </message>
    <message>
        <source>The wave report could not be written.</source>
        <translation>Der Wellenbericht konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Calls %1</source>
        <translation>Anrufe %1</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Export als CSV</translation>
    </message>
    <message>
        <source>Export Excel</source>
        <translation>Export für Excel</translation>
    </message>
    <message>
        <source>Exporting the calls…</source>
        <translation>Anrufe werden exportiert…</translation>
    </message>
    <message>
        <source>The calls could not be exported.</source>
        <translation>Die Anrufe konnten nicht exportiert werden.</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Geschrieben: %1</translation>
    </message>
</context>
<context>
    <name>ResumeDialog</name>
    <message>
        <source>Resume interrupted call</source>
        <translation>Unterbrochenen Anruf fortsetzen</translation>
    </message>
    <message>
        <source>Mystery Caller was closed while a test call was in progress. Everything recorded until then is saved. Resume the call now?</source>
        <translation>Mystery Caller wurde während eines laufenden Testanrufs beendet. Alles bis dahin Erfasste ist gespeichert. Den Anruf jetzt fortsetzen?</translation>
    </message>
    <message>
        <source>Resume call</source>
        <translation>Anruf fortsetzen</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Jetzt nicht</translation>
    </message>
</context>
<context>
    <name>ScriptPanel</name>
    <message>
        <source>You are:</source>
        <translation>Sie sind:</translation>
    </message>
    <message>
        <source>Goal:</source>
        <translation>Ziel:</translation>
    </message>
    <message>
        <source>Say:</source>
        <translation>Sagen:</translation>
    </message>
    <message>
        <source>Expected:</source>
        <translation>Erwartet:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Hinweis:</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>As the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Logo wählen</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>This logo cannot be used: %1</source>
        <translation>Dieses Logo ist nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>Accent colour of the reports</source>
        <translation>Akzentfarbe der Berichte</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (Standard)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Tester name or code:</source>
        <translation>&amp;Name oder Kürzel des Testanrufers:</translation>
    </message>
    <message>
        <source>e.g. T-07 or Maria Schulz</source>
        <translation>z. B. T-07 oder Maria Schulz</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>A new language takes effect when Mystery Caller starts the next time.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von Mystery Caller.</translation>
    </message>
    <message>
        <source>Privacy:</source>
        <translation>Datenschutz:</translation>
    </message>
    <message>
        <source>Do not record agent names unless I enter one</source>
        <translation>Namen von Mitarbeitern nur erfassen, wenn ich einen eingebe</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Datenordner:</translation>
    </message>
    <message>
        <source>Reports for the client</source>
        <translation>Berichte für den Auftraggeber</translation>
    </message>
    <message>
        <source>&amp;Agency name:</source>
        <translation>Name der &amp;Agentur:</translation>
    </message>
    <message>
        <source>Mystery Caller</source>
        <translation>Mystery Caller</translation>
    </message>
    <message>
        <source>Lo&amp;go:</source>
        <translation>Lo&amp;go:</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Kein Logo</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Accent &amp;colour:</source>
        <translation>Akzent&amp;farbe:</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
</context>
<context>
    <name>ShortcutsOverlay</name>
    <message>
        <source>Keyboard shortcuts – any key closes</source>
        <translation>Tastenkürzel – beliebige Taste schließt</translation>
    </message>
</context>
<context>
    <name>StopwatchPanel</name>
    <message>
        <source>time after the interruption unknown</source>
        <extracomment>Phase buttons with their default keys; RINGING dials, ENDED hangs up. A refused action: the CallSessionError, for the screen to put into words.</extracomment>
        <translation>Zeit nach der Unterbrechung unbekannt</translation>
    </message>
    <message>
        <source>Dial</source>
        <translation>Wählen</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>Auflegen</translation>
    </message>
    <message>
        <source>Time to answer</source>
        <translation>Wartezeit bis Annahme</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Warteschleife</translation>
    </message>
    <message>
        <source>Hold (total · count)</source>
        <translation>Halten (gesamt · Anzahl)</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>Gespräch</translation>
    </message>
    <message>
        <source>Waiting / max.</source>
        <translation>Wartezeit / max.</translation>
    </message>
    <message>
        <source>New attempt [{key}]</source>
        <translation>Neuer Anwahlversuch [{key}]</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <source>Attempt {n} of {max}</source>
        <translation>Anwahlversuch {n} von {max}</translation>
    </message>
    <message>
        <source>⚠ MAXIMUM WAIT REACHED: {limit}. Give up: hang up [F8], then Gave up [G].</source>
        <translation>⚠ MAXIMALE WARTEZEIT ERREICHT: {limit}. Aufgeben: auflegen [F8], dann „Aufgegeben“ [G].</translation>
    </message>
    <message>
        <source>This attempt was interrupted (the app was closed during the call). The time after that is unknown, so the stopwatch cannot go on: pick how the attempt ended.</source>
        <translation>Dieser Anwahlversuch wurde unterbrochen (die App wurde während des Anrufs geschlossen). Die Zeit danach ist unbekannt, daher kann die Stoppuhr nicht weiterlaufen: Wählen Sie, wie der Versuch endete.</translation>
    </message>
    <message>
        <source>How did attempt {n} end? Pick the outcome.</source>
        <translation>Wie endete Anwahlversuch {n}? Wählen Sie das Ergebnis.</translation>
    </message>
    <message>
        <source>Attempt {n}: {outcome}. Start a new attempt.</source>
        <translation>Anwahlversuch {n}: {outcome}. Starten Sie einen neuen Anwahlversuch.</translation>
    </message>
    <message>
        <source>Attempt {n}: {outcome}. No attempts left: complete the call as not reached.</source>
        <translation>Anwahlversuch {n}: {outcome}. Keine Versuche mehr übrig: Schließen Sie den Anruf als nicht erreicht ab.</translation>
    </message>
    <message>
        <source>Attempt {n}: {outcome}.</source>
        <translation>Anwahlversuch {n}: {outcome}.</translation>
    </message>
</context>
<context>
    <name>SyncActions</name>
    <message>
        <source>tester</source>
        <translation>Testanrufer</translation>
    </message>
    <message>
        <source>Results %1 %2</source>
        <translation>Ergebnisse %1 %2</translation>
    </message>
    <message>
        <source>Export results for the coordinator</source>
        <translation>Ergebnisse für die Koordination exportieren</translation>
    </message>
    <message>
        <source>The bundle holds the completed calls of %1 that were not exported before. Protect it with a password when it travels by e-mail or on a USB stick.</source>
        <translation>Das Paket enthält die abgeschlossenen Anrufe von %1, die noch nicht exportiert wurden. Schützen Sie es mit einem Passwort, wenn es per E-Mail oder auf einem USB-Stick weitergegeben wird.</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) written to %1.</source>
        <translation>
            <numerusform>%n Anruf nach %1 geschrieben.</numerusform>
            <numerusform>%n Anrufe nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>No call was new since the last export; %1 was not written.</source>
        <translation>Seit dem letzten Export ist kein Anruf hinzugekommen; %1 wurde nicht geschrieben.</translation>
    </message>
    <message>
        <source>Results exported</source>
        <translation>Ergebnisse exportiert</translation>
    </message>
    <message>
        <source>Exporting the results…</source>
        <translation>Ergebnisse werden exportiert…</translation>
    </message>
    <message>
        <source>The results could not be exported.</source>
        <translation>Die Ergebnisse konnten nicht exportiert werden.</translation>
    </message>
    <message>
        <source>Campaign %1</source>
        <translation>Kampagne %1</translation>
    </message>
    <message>
        <source>Export campaign package</source>
        <translation>Kampagnenpaket exportieren</translation>
    </message>
    <message>
        <source>The package holds the campaign %1 for the testers.</source>
        <translation>Das Paket enthält die Kampagne %1 für die Testanrufer.</translation>
    </message>
    <message>
        <source>Campaign package written to %1.</source>
        <translation>Kampagnenpaket nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>Campaign package exported</source>
        <translation>Kampagnenpaket exportiert</translation>
    </message>
    <message>
        <source>Exporting the campaign package…</source>
        <translation>Kampagnenpaket wird exportiert…</translation>
    </message>
    <message>
        <source>The campaign package could not be exported.</source>
        <translation>Das Kampagnenpaket konnte nicht exportiert werden.</translation>
    </message>
    <message>
        <source>Import bundle</source>
        <translation>Sync-Paket importieren</translation>
    </message>
    <message>
        <source>Mystery Caller bundles (*.mcb);;All files (*)</source>
        <translation>Mystery-Caller-Pakete (*.mcb);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 is protected by a password. Enter it to import the file.</source>
        <translation>%1 ist mit einem Passwort geschützt. Geben Sie es ein, um die Datei zu importieren.</translation>
    </message>
    <message>
        <source>Imported %1: %2 calls added.</source>
        <translation>%1 importiert: %2 Anrufe hinzugefügt.</translation>
    </message>
    <message>
        <source>The password is wrong, or the file %1 was damaged or altered. Nothing was imported.</source>
        <translation>Das Passwort ist falsch, oder die Datei %1 wurde beschädigt oder verändert. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message>
        <source>The file %1 could not be imported. Nothing was changed.</source>
        <translation>Die Datei %1 konnte nicht importiert werden. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Mystery Caller bundles (*.mcb)</source>
        <translation>Mystery-Caller-Pakete (*.mcb)</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Mystery Caller</source>
        <translation>Willkommen bei Mystery Caller</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Mystery Caller&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Willkommen bei Mystery Caller&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Mystery Caller records your test calls: the stopwatch, the criteria you tick and your notes. Everything is saved the moment you enter it. No audio is ever recorded.</source>
        <translation>Mystery Caller erfasst Ihre Testanrufe: die Stoppuhr, die Kriterien, die Sie abhaken, und Ihre Notizen. Alles wird in dem Moment gespeichert, in dem Sie es eingeben. Es wird nie Ton aufgezeichnet.</translation>
    </message>
    <message>
        <source>for example T-07</source>
        <translation>zum Beispiel T-07</translation>
    </message>
    <message>
        <source>Your &amp;tester code:</source>
        <translation>Ihr &amp;Testerkürzel:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Try it out first.&lt;/b&gt; The app opens on a demo campaign with example calls. Start a practice call with &lt;i&gt;New call&lt;/i&gt; (Ctrl+N): every key you need is shown on the call screen, and F1 lists them all. The demo&apos;s calls are examples, not a client&apos;s data.</source>
        <translation>&lt;b&gt;Erst einmal ausprobieren.&lt;/b&gt; Die App öffnet eine Demo-Kampagne mit Beispielanrufen. Beginnen Sie einen Übungsanruf mit &lt;i&gt;Neuer Anruf&lt;/i&gt; (Strg+N): Jede Taste, die Sie brauchen, steht auf dem Anrufbildschirm, und F1 zeigt alle. Die Anrufe der Demo sind Beispiele, keine Daten eines Auftraggebers.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Real campaigns&lt;/b&gt; come from your coordinator as a campaign package (a .mcb file). Import it with the button below, or later with the menu &lt;i&gt;File → Import bundle…&lt;/i&gt;</source>
        <translation>&lt;b&gt;Echte Kampagnen&lt;/b&gt; bekommen Sie von Ihrer Koordination als Kampagnenpaket (eine .mcb-Datei). Importieren Sie es mit der Schaltfläche unten oder später über das Menü &lt;i&gt;Datei → Sync-Paket importieren…&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&amp;Import a campaign package…</source>
        <translation>Kampagnenpaket &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Start with the demo</source>
        <translation>Mit der Demo &amp;beginnen</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Mystery Caller</source>
        <translation>Mystery Caller</translation>
    </message>
</context>
</TS>
