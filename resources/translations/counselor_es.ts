<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_US" sourcelanguage="en_US">
<context>
    <name>FollowUps</name>
    <message>
        <source>Follow-up details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cop&amp;y number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the number to call (Ctrl+Shift+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Try again tomorrow evening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service referred to, if any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this attempt does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time of attempt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;xt step:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diverted from &amp;EMS/police:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diverted from &amp;inpatient care:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral &amp;made:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No further EMS or police contact since the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No inpatient admission since the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. The client asked not to be contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No call to choose yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One follow-up in the window below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every contact of the plan for the call&apos;s risk level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number given on the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Evenings after 6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Call:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Schedule:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;umber:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferred times:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the contact is due (local time); overdue ones first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client&apos;s initials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference of the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due between {window}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreac&amp;hable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My &amp;week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open follow-ups whose window is open today and has not ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open follow-ups whose window has ended: call these first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open follow-ups you have claimed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups nobody has claimed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every open follow-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups closed as unreachable, most recent first: review each one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your follow-ups day by day. Enter opens one in the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only initials and the call reference are shown in the list. Times are in this workstation&apos;s local time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make it yours before you call, so no one else calls too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give it back to the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;attempt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mo&amp;ve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give it a new due window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;ncel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel this follow-up, with the reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;follow-up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a follow-up to a call whose caller agreed to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport my follow-ups to calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An .ics file of your open follow-ups: call reference and initials only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim the follow-up before you record an attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a call, text or visit and its result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next wee&amp;k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My follow-ups this week, by day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Intake</name>
    <message>
        <source>Not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imminent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste 911 incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill the 911 fields from an incident copied from the CAD system (Ctrl+Shift+V). You can also drop a .json file on the 911 transfer group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>911 transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 261128-0042</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answering point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>15:02 or 2026-11-28 15:02</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAD incident number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PSAP (answering point):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telecommunicator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>911 nature or reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer on standby:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-responder field encounter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name or badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer on scene:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. she/her</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 34, or 30-39</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpreter used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 314-555-0142</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Third-party caller (calling about someone else)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. sister, neighbour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pronouns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age or age range:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call-back number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross streets:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longitude:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship to the person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presenting concerns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Includes substance use treatment information (42 CFR Part 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened on the call, in your words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Narrative:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source of the contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No checklist started yet. Choose one above and start it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else saved this call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two versions hold the same content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take &amp;theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge &amp;selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save every field as you have it, on top of theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop your changes and continue from theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the value chosen in each row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is saved now; your text stays on this screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the call ended (primary disposition)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service or person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warm transfer to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also done on this call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile crisis team dispatched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EMS requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned to 911</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. weekday evenings after 6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>if not the call-back number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent to follow-up:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred times:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number to call:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcomes (filled from the disposition; correct if needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticked: avoided. Empty: not avoided. Shaded: unknown. Space cycles the three.</source>
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
        <source>Optional: the team, dispatcher or clinician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency &amp;override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this cannot wait for the caller&apos;s consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in &amp;viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live imminent-risk calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imminent risk protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counselor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAD #</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>911 CAD incident number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier calls from this caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill the empty sections of this call&apos;s safety plan from the selected earlier call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected referral from this call (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C-SSRS screener (past month)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screener triage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buffers mitigate imminent risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your judgement that the buffers present reduce an otherwise imminent risk. Tick a buffer first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifeline risk level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk formulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifeline risk level: not assessed (nothing ticked yet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifeline risk level: {level}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk formulation (Lifeline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfinished calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfinished calls on this workstation — nothing you typed was lost:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume unfinished call {reference} ({source}), last typed {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume {reference}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the draft of {reference}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls taken by every counselor, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your calls, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times are in this workstation&apos;s local time. Enter opens a call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New call…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new call (Ctrl+N) and choose where it came from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source of the new call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAD number, caller name, or date (2026-11-28)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;earch calls:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Break glass…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break glass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another counselor&apos;s call by its reference, with a reason (read-only, for a limited time; supervisors are alerted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save to the database (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check what is required and complete the call (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change this call (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign this completed call as reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handoff PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A handoff PDF or the caller&apos;s safety plan, saved or opened in the viewer (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and go back to the list of calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source, 911 hand-off, caller, concerns, narrative (Alt+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C-SSRS screener and Lifeline assessment (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chec&amp;klists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De-escalation checklists (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety p&amp;lan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stanley–Brown safety plan (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disposition and follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the call ended, follow-up, outcomes (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database does not answer. This save is kept encrypted on this workstation and sent, in order, as soon as the database answers again. Keep working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMMINENT RISK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk: not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk: {level}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklists: {summary}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklists: none started</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory beside the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Two-step sign-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Break-glass accesses…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A call saved while offline was changed elsewhere meanwhile. Nothing was overwritten: resume its draft in the intake to compare and choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database answered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafetyPlan</name>
    <message>
        <source>Warning signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal coping strategies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People and social settings that provide distraction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People I can ask for help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professionals or agencies I can contact during a crisis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the environment safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The one thing most important to me / reasons for living</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thoughts, moods, situations that tell a crisis may be coming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Things I can do on my own to take my mind off problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names, places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names and numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinicians, urgent care, and always: {crisis_line}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lethal means: what will be locked away, removed, or held by someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What matters most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>988 Suicide &amp; Crisis Lifeline: call or text 988</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number}. {title}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stanley–Brown safety plan, in the caller&apos;s words. Sections are kept when the same caller calls again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carried forward from {origin}. Review it with the caller.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <source>C&amp;urrent password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code from your app:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: {location}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
