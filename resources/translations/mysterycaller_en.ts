<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>K.O.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallScreen</name>
    <message>
        <source>Complete… [Ctrl+Return]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen… [Ctrl+Shift+R]</source>
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
        <source>Not reached: the call is completed as not reached.</source>
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
        <source>positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neutral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs improvement</source>
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
    <name>CriterionRow</name>
    <message>
        <source>(knockout)</source>
        <extracomment>Keys of the criteria set by hand, in catalogue order (documented in the shortcuts overlay).</extracomment>
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
    <name>Formatting</name>
    <message>
        <source>Not dialled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ringing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hung up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No outcome yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gave up (max. wait)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at {time}</source>
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
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Database: %1</source>
        <extracomment>Initial column widths (status, date, target, scenario, tester, score); target and scenario stretch.</extracomment>
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
        <source>Mystery Caller – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n call</numerusform>
            <numerusform>%n calls</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot open the call</source>
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
    <message>
        <source>Import failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign file %1 could not be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>During a call:</source>
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
        <source>About Mystery Caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Mystery Caller %1&lt;/h3&gt;&lt;p&gt;Records test calls to service hotlines and reports them to the client. No audio is ever recorded.&lt;/p&gt;</source>
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
        <source>Quick note [N] – Enter saves, Esc leaves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save note [Enter]</source>
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
        <source>Dial</source>
        <extracomment>Phase buttons with their default keys; RINGING dials, ENDED hangs up.</extracomment>
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
        <source>Attempt {n} of {max}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ MAXIMUM WAIT REACHED: {limit}. Give up: hang up [F8], then Gave up [G].</source>
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
    <name>app</name>
    <message>
        <source>Mystery Caller</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
