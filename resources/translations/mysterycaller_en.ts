<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Mystery Caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Mystery Caller %1&lt;/h3&gt;&lt;p&gt;Records test calls to service hotlines and reports them to the client. No audio is ever recorded.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a database server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups before updates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DejaVu Sans, the font of the PDF reports, under this licence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where your data lives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fonts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>The database could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mystery Caller was updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your database was upgraded for this version. A copy of it as it was before is kept in %1.</source>
    </message>
    <message>
        <source>The database is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallListModel</name>
    <message>
        <source>The call list could not be loaded: %1</source>
        <extracomment>A query or a page arrived (after the model changed). A query failed; the message is for the user. How many calls match the filter.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KO</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallOpener</name>
    <message>
        <source>Campaigns</source>
        <extracomment>What opening a call may meet: a damaged or locked database, a call or campaign that is gone, a call the session refuses, a file the system refuses.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaigns could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume interrupted call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interrupted calls could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallScreen</name>
    <message>
        <source>Complete… [Ctrl+Return]</source>
        <extracomment>The client PDF of this (completed) call is wanted.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen… [Ctrl+Shift+R]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF for the client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcuts [F1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to list [Ctrl+W]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome after hang-up: {outcome}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a note (Enter saves, Esc leaves)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a note (also while typing elsewhere)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next script step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous script step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick / untick: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose (then 1–9 or arrows): {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete the call (review)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen a completed call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the list of calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note saved at {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hang up and pick the outcome first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call is completed already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call completed and locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call reopened; the reason is in its history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed and locked. Reopen [Ctrl+Shift+R] to change it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompletionDialog</name>
    <message>
        <source>Complete and lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score: {score}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(knocked out; raw {raw})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached: a person answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reached: nobody answered. The criteria are not judged, and by the campaign&apos;s rule the call scores 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reached: nobody answered. The criteria are not judged, and by the campaign&apos;s rule the call gets no score and is left out of the averages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer the listed criteria, or mark them n/a, first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agent (name or description)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Ms Weber, young voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agent description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No names: e.g. female, calm voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pick or type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer these first (or mark them n/a):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not ticked – these will count as “no”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall &amp;impression</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictRows</name>
    <message>
        <source>(deleted here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(knockout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not applicable</source>
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
</context>
<context>
    <name>ConflictsDialog</name>
    <message numerus="yes">
        <source>Conflicts (%n open)</source>
        <extracomment>Background of a row whose value differs between the two versions.</extracomment>
        <translation>
            <numerusform>Conflicts (%n open)</numerusform>
            <numerusform>Conflicts (%n open)</numerusform>
        </translation>
    </message>
    <message>
        <source>The conflict could not be resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept the existing version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took over the incoming version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no open conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming (from %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differs in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These calls came in a bundle with content that differs from the version in this database. Choose which version to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing (in this database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;existing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;incoming</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CriteriaPanel</name>
    <message>
        <source>Not reached: criteria are not judged</source>
        <extracomment>A refused change: the CallSessionError, for the screen to put into words.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CriterionRow</name>
    <message>
        <source>(knockout)</source>
        <extracomment>Keys of the criteria set by hand, in catalogue order (documented in the shortcuts overlay). The letter row is the German keyboard&apos;s: Z, not Y, after T.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable in this call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear this answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observation (saved when you leave the field)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FaultMessages</name>
    <message>
        <source>the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is in use by %2, so nothing was changed. Wait until it is finished, or close it, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is in use by another program, so nothing was changed. Wait until it is finished, or close it, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 cannot be written (%2), so nothing was changed. Make the file and its folder writable, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding %1 is full, so nothing was changed. Free at least %2 MB there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is damaged. It was opened read-only, so nothing can be saved. The newest good backup is %2: close Mystery Caller and copy it over the damaged file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is damaged. It was opened read-only, so nothing can be saved. No good backup was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 was deleted while Mystery Caller was using it. Nothing more was saved. Restart Mystery Caller to see what is there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 was replaced by another file while Mystery Caller was using it. Nothing more was saved. Restart Mystery Caller to open the new file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 was emptied while Mystery Caller was using it. Nothing more was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is missing or empty, but Mystery Caller had one there. Put the file back, or start a new, empty database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is not a Mystery Caller database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 could not be used (%2). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file system holding %1 is mounted read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file %1 is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder %1 is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file %1 or its folder is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mystery Caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before dialling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score {score}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>knockout criterion still open: 0 if it stays unticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>knockout criterion not met – raw score {raw}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reached yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not measured yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dial first [F2]: this attempt has not started yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This attempt was dialled already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This attempt has ended: pick its outcome, or start a new attempt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time after the interruption is unknown: the stopwatch cannot go on. Pick how the attempt ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“Answered” needs a talk phase: press Talk [F5] when someone answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No further attempt is possible now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call is completed and locked: reopen it [Ctrl+Shift+R] to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hang up and pick the outcome first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer these first (or mark them n/a): {criteria}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a completed call can be reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the call is reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown criterion: {criterion}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{criterion}: timing criteria are measured by the stopwatch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{criterion}: may not be marked not applicable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{criterion}: this value is not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call was not reached: its criteria are not judged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenario or target is not in the campaign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This scenario is not meant for this target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT saved: the database refused the change, so it was not made. Check that the disk is not full and the data folder is reachable, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message numerus="yes">
        <source>%n call(s) differ from the version in this database. Nothing was overwritten: choose which version to keep under File › Conflicts.</source>
        <translation>
            <numerusform>%n call differs from the version in this database. Nothing was overwritten: choose which version to keep under File › Conflicts.</numerusform>
            <numerusform>%n calls differ from the version in this database. Nothing was overwritten: choose which version to keep under File › Conflicts.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: results bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: results bundle from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: campaign package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(encrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign versions: %1 added, %2 already here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle holds no calls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the conflicts…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Database: %1</source>
        <extracomment>The running campaign import, if any (tests wait for it).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New call [%1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mystery Caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign files (*.yaml *.yml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported campaign %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln call(s)</source>
        <translation>
            <numerusform>%Ln call</numerusform>
            <numerusform>%Ln calls</numerusform>
        </translation>
    </message>
    <message>
        <source>Complete the call first: the client PDF is of completed calls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign file %1 could not be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>During a call, F1 shows the call screen&apos;s keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Campaign:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new test call (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by target, scenario, tester or status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New call…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import campaign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Mystery Caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export results for the coordinator…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export campaign &amp;package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PDF for the client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wave report (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Excel…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewCallDialog</name>
    <message>
        <source>Campaign: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (competitor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scenario:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ester:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name or tester code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>Note [N]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick note [N] – Enter saves, Esc leaves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save note [Enter]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Password for the file</source>
        <extracomment>None: the file is written without encryption.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Protect the file with a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is not stored anywhere. Tell it to the recipient another way, for example by phone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressTask</name>
    <message>
        <source>Please wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>File written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has been written.

Open the file?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call is completed and locked. Reopening it is recorded in the call&apos;s history. Why do you reopen it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <source>Report settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logo or the accent colour in the settings cannot be used. Choose another one under Tools › Settings, or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF for the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the PDF for the client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF for the client could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wave report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wave report (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the wave report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wave report could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the calls…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calls could not be exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResumeDialog</name>
    <message>
        <source>Resume interrupted call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mystery Caller was closed while a test call was in progress. Everything recorded until then is saved. Resume the call now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScriptPanel</name>
    <message>
        <source>You are:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>As the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This logo cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accent colour of the reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tester name or code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. T-07 or Maria Schulz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language takes effect when Mystery Caller starts the next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not record agent names unless I enter one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports for the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agency name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mystery Caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lo&amp;go:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accent &amp;colour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsOverlay</name>
    <message>
        <source>Keyboard shortcuts – any key closes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StopwatchPanel</name>
    <message>
        <source>time after the interruption unknown</source>
        <extracomment>Phase buttons with their default keys; RINGING dials, ENDED hangs up. A refused action: the CallSessionError, for the screen to put into words.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold (total · count)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting / max.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New attempt [{key}]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt {n} of {max}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ MAXIMUM WAIT REACHED: {limit}. Give up: hang up [F8], then Gave up [G].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This attempt was interrupted (the app was closed during the call). The time after that is unknown, so the stopwatch cannot go on: pick how the attempt ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How did attempt {n} end? Pick the outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt {n}: {outcome}. Start a new attempt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt {n}: {outcome}. No attempts left: complete the call as not reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt {n}: {outcome}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncActions</name>
    <message>
        <source>tester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export results for the coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle holds the completed calls of %1 that were not exported before. Protect it with a password when it travels by e-mail or on a USB stick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) written to %1.</source>
        <translation>
            <numerusform>%n call written to %1.</numerusform>
            <numerusform>%n calls written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>No call was new since the last export; %1 was not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the results…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The results could not be exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export campaign package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package holds the campaign %1 for the testers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign package written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign package exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the campaign package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign package could not be exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mystery Caller bundles (*.mcb);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is protected by a password. Enter it to import the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1: %2 calls added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is wrong, or the file %1 was damaged or altered. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 could not be imported. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mystery Caller bundles (*.mcb)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Mystery Caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Mystery Caller&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mystery Caller records your test calls: the stopwatch, the criteria you tick and your notes. Everything is saved the moment you enter it. No audio is ever recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example T-07</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;tester code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Try it out first.&lt;/b&gt; The app opens on a demo campaign with example calls. Start a practice call with &lt;i&gt;New call&lt;/i&gt; (Ctrl+N): every key you need is shown on the call screen, and F1 lists them all. The demo&apos;s calls are examples, not a client&apos;s data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Real campaigns&lt;/b&gt; come from your coordinator as a campaign package (a .mcb file). Import it with the button below, or later with the menu &lt;i&gt;File → Import bundle…&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import a campaign package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start with the demo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Mystery Caller</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
