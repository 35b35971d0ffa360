<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>EvaluationCharts</name>
    <message>
        <source>Call funnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No uplift to show: no target and control group with customers on a binary outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No call attempts by day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls by day and success rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success rate (completed / connected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success rate (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agent recorded on the call attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success rate per agent with its %1 interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No refusal with a reason recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusal reasons (Pareto)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cumulative share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cumulative share (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
target − control in percentage points, %2 intervals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uplift (pp)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluationFormat</name>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pp</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanningSteps</name>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the customer extract, browse it and check its quality.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import wizard for CSV (UTF-8, GBK/GB18030) and Excel files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer table with sorting and quick filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data audit per column with charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected rows with reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Divide customers into groups that get the same treatment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule builder for tags (AND / OR / NOT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value × churn-risk grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clusters of value and behaviour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile of each segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Design the packages each segment is offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price tiers from a segment&apos;s ARPU distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended package per customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn segments and offers into campaigns with a control group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign cells and waves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random control group with a recorded seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact policy: black, gray and do-not-disturb lists, fatigue windows, channel capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimate what a campaign will return before running it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROI funnel: connect, intention, completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monte Carlo ranges and tornado chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample size and power of the control comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists &amp; Scripts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Produce what the outbound-call team works from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call lists as CSV or Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printable call scripts (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested call times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure the outcome against the control group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funnel KPIs per cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uplift with confidence intervals and p-values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printable report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Segments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <source>Copy Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WaterfallChart</name>
    <message>
        <source>segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>earlier cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blacklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>graylist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>do not disturb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fatigue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wave %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell &quot;%1&quot;: from %2 customers to the waves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customers</source>
        <translation></translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cwb::AuditChart</name>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: distribution of values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: most frequent values</source>
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
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every value of this column is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every value occurs once: none stands out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many different values to list the most frequent ones;
see the distinct count and range in the table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: numbers several customers share (masked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data: the audit keeps no values of this column.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cwb::AuditTableModel</name>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decimal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes/no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distinct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outliers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of import #%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>line(s) %1</source>
        <translation>
            <numerusform>line %1</numerusform>
            <numerusform>lines %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Negative values on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data: the audit keeps no values of this column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>masked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negative</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cwb::AuditView</name>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No audit yet: import a customer extract and its data audit appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Data audit&lt;/b&gt; of import #%1 (%2): %3 rows, %4 columns, computed %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows carried a customer id seen before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write to the output (is the file writable?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the audit as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be written:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the data audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s)</source>
        <translation>
            <numerusform>%1: %n row</numerusform>
            <numerusform>%1: %n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Negative fees or usage&lt;/b&gt; (a mistake in the extract, or refunds to check): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data (%1): counted, but no values are kept in the audit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cwb::Campaign</name>
    <message>
        <source>campaign &apos;%1&apos; was never split: split it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new wave %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>be split again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its call lists were exported on %1 (%2 contacts recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 outcomes were recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaign &apos;%1&apos; cannot %2: %3, so its split is a record of who was contacted and who was held back. To change it, copy it as a new campaign (`cwb campaign copy &apos;%1&apos; NEW_NAME`), or split only customers not yet in it as a new wave (`cwb campaign split &apos;%1&apos; --new-wave`), which keeps the existing members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>be changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>be renamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaign &apos;%1&apos; has %2 recorded contacts and %3 outcomes; removing it deletes its split and outcomes (the contact history stays). Remove it with --force if that is meant.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cwb::CampaignPlanner</name>
    <message>
        <source>cell &apos;%1&apos;: %2 customers are control already in this period, more than the %3 planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, wave %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cell &apos;%1&apos;: %2 eligible customers found no room in any wave (channel %3) and are neither target nor control this time: add a wave or capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cell &apos;%1&apos;%2: target and control differ on %3 (standardised difference %4), within what chance gives for groups of this size (up to %5 in 19 draws of 20)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cell &apos;%1&apos;%2: target and control differ on %3 (standardised difference %4), more than chance gives for groups of this size (%5)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cwb::CampaignView</name>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import JSON...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport JSON...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desi&amp;gn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;plit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 2026-12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New see&amp;d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Objective:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En&amp;d:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;riority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stratify control &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blacklist: no marketing at all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graylist of the cell&apos;s channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do-not-disturb answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Higher-priority campaigns of the period keep their customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no fatigue rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fatigue: at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contacts in any &amp;window of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A saved segment; leave empty and write a rule instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share held out as control, e.g. 0.1 for 10%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fixed control size instead of the share; empty to use the share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staff x contacts per staff per day (e.g. 4 x 60), a fixed number (e.g. 500), or empty for no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yyyy-mm-dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;wave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove wa&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the campaign (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cell %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rollout %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add wave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove wave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan the split of the campaign as edited (Ctrl+R): waterfall, control group, waves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mmit split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store this split as the campaign&apos;s members (the campaign must be saved as split)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ell:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Std. difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target and control means (shares for a level); a standardised difference above %1 is highlighted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split the campaign to see its waterfall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not stratified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>split is OUT OF DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>split: %1 targets, %2 controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>priority %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contacts in the wave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed: expected a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit stratification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit fatigue rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit contact policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell %1, control share: expected a number such as 0.1, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell %1, control size: expected a whole number of customers or nothing, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit cell %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wave %1, start: expected a date as yyyy-mm-dd, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wave %1, days: expected a whole number of days (1 or more), not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wave %1, capacity of %2: expected staff x contacts per staff per day (e.g. 4 x 60), a number (e.g. 500) or nothing, not &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit wave %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no workspace is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cell 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created campaign %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no campaign is selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted campaign %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete campaign %1 and its split? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a JSON object (%2 at byte %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported campaign %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaigns (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved campaign %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the definition first: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Splitting %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not split in this session. Split (Ctrl+R) plans the campaign as edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed %1 · %2 members (%3 targets, %4 controls) · contact day %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unbalanced: |standardised difference| &gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to commit: split first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the campaign as split before committing (the split was planned on a definition that is not the saved one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed: the members are stored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cwb::ChannelDelegate</name>
    <message>
        <source>Outbound call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Door-to-door visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cwb::ClusterTab</name>
    <message>
        <source>&amp;Run k-means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Elbow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Cluster as &amp;Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The columns the customers are clustered on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more features: conditions, separated by ;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;k (clusters):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See&amp;d:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elbow for k:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Features:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARPU vs base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a cluster first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the features and k; the elbow helps choose k.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customers yet: import an extract first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick at least one feature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The elbow needs a range of k: from %1 to a larger k.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clustering for k = %1 to %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clustering into %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> on a sample of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elbow: inertia and silhouette by k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inertia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silhouette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cluster %1 of %2 on %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved cluster %1 as the list segment %2 (%3 customers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Segment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Independent k-means++ starts; the one with the lowest inertia is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tarts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 customers clustered into %2 (%3 left out: a feature missing); silhouette %4%5. Inertia %6, the best of %7 starts; %8 of them reached it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cwb::ContactListsPanel</name>
    <message>
        <source>&amp;Import list file...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Draw universal control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blacklist (no marketing at all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graylist (no contact through one channel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, e.g. complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;List:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected lines of the last import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Universal control group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A share of the whole base that no campaign of the period contacts. A period is drawn once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 2026-12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Share:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blacklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graylist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 read, %3 added (%4 customer ids, %5 phone numbers), %6 listed before, %7 rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import list file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no workspace is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period: enter the period the group is for, e.g. 2026-12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed: expected a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a period to see its group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period %1: %2 customers drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period %1: not drawn yet.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>cwb::CsvReader</name>
    <message>
        <source>%1: line %2: a quoted field runs on for more than %3 MB without its closing quote; a stray &apos;&quot;&apos; on that line probably opened it (a quoted field may span lines, so it takes in the rest of the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line %2: a record runs on for more than %3 MB over several lines (quoted fields may span lines); is a quote misplaced?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line %2 runs on for more than %3 MB without a line break; a table of rows has no lines that long: is it the right file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown delimiter &apos;%1&apos; (expected auto, &apos;,&apos;, &apos;;&apos;, tab or pipe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8 byte order mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-32 byte order mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-16 byte order mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no byte order mark; NUL bytes fall where %1 text has them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first %1 bytes are valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GB18030 decoding is not available on this system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line %2 (byte %3): the text is neither UTF-8 nor GBK/GB18030; save it as UTF-8 or name the encoding with --encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid UTF-8 at byte %1; decodes as GB18030</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chosen by the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chosen by the user; no byte order mark, read as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown encoding &apos;%1&apos; (expected auto, utf-8, gb18030 or utf-16)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line %2: invalid UTF-8 text (the file was read as UTF-8; if it was saved as GBK/GB18030, import with --encoding gb18030)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: read error: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: near line %2: bytes that are not valid %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read at byte %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line %2: a quoted field is not closed before the end of the file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cwb::CustomerTableModel</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cwb::DataBrowserView</name>
    <message>
        <source>Filter: type part of a name, id, phone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the customers whose value contains this text (Enter applies at once)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column the filter looks in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the customers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all text columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace holds no customers yet. Import a customer extract to browse it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 customers match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not copied: %1 cells selected, at most %2 can be copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) copied</source>
        <translation>
            <numerusform>%n cell copied</numerusform>
            <numerusform>%n cells copied</numerusform>
        </translation>
    </message>
    <message>
        <source>Original &amp;order</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cwb::DataStep</name>
    <message>
        <source>Import Extract…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load a customer extract (CSV or Excel) into this workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected Rows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cwb::Database</name>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is busy: another program or task is writing it right now. Try again when it has finished; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged (%2). It was left as it is: restore the workspace from a copy, or import the extract again into a new workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding %1 is full (%2 MB free). Free some space and try again; the workspace was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No permission to write in the folder %1, which %2 needs for its journal. Copy the workspace to a folder you can write, or open it read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open read-only here; this needs a workspace open for writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only (its file permissions or a read-only disk). Open it read-only, or copy it to a folder you can write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open %1: the folder %2 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open %1: %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read or write %1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database error preparing &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database error (%1, code %2) in &quot;%3&quot;: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database error in &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cwb::EncryptedCopy</name>
    <message>
        <source>not enough memory for the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not enough memory to derive the key from the passphrase (Argon2id needs %1 MiB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an encrypted copy: it is an unencrypted SQLite file (a workspace .cwb opens as it is)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an encrypted copy of a workspace (it does not start with CWBX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is truncated: its header has %2 of %3 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer Campaign Workbench (encrypted copy format %2; this version reads format %3). Update the application to open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a damaged header (format %2, key derivation %3, cipher %4; expected %5, %6, %7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a damaged header: its key parameters (%2 passes, %3 bytes of memory) or chunk size (%4 bytes) are out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create a file in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the result cannot replace %1 itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; choose another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the passphrase is too short: it has %1 characters, an encrypted copy needs at least %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key parameters out of range: %1 passes, %2 bytes of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create a private temporary folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no passphrase was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open in this program; close it first or choose another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a damaged header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is truncated: it ends at byte %2, before the end of the encrypted data. Ask for the file again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot decrypt %1: the passphrase is wrong, or the file was altered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot decrypt %1: the file was altered or damaged (chunk %2, bytes %3 to %4, fails its check). Ask for the file again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: chunk %2 has an unknown tag %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was altered: %2 bytes follow the end of the encrypted data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 decrypts, but not to a workspace: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cryptography library (libsodium) cannot be initialised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not enough memory for the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the passphrase is not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cwb::EncryptedCopyFlow</name>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Encrypted Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted workspace copies (*.cwbx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encrypted copy cannot replace the workspace itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Encrypted Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the Decrypted Workspace As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign Workbench workspaces (*.cwb)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open or is the encrypted copy itself; choose another name for the decrypted workspace.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cwb::EncryptedCopyProgressDialog</name>
    <message>
        <source>Encrypting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decrypting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making a consistent copy of the workspace and deriving the key from the passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deriving the key from the passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypting: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decrypting: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cwb::EvaluationView</name>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intention rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>small</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Evaluate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;Outcomes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;Follow-up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Test/Control File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Campaign:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate the campaign with the options below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the call outcomes of a campaign (CSV or Excel, from the agents or the call system)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the follow-up extract (billing after the campaign): conversion and ARPU change are measured on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate a finished test/control file (one row per customer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARPU change = this column in the follow-up extract − the same column in the customer extract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PLAN.json for ROI plan vs actual (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;version rule:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee co&amp;lumn:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Breakdown:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Called (coverage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;unnel &amp;&amp; Uplift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By &amp;Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brea&amp;kdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refusals &amp;&amp; Outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion, target vs control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARPU change, target vs control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROI, plan vs actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lose File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responses, each target group vs control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amounts, each target group vs control</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n attempt(s))</source>
        <translation>
            <numerusform>%1 (%n attempt)</numerusform>
            <numerusform>%1 (%n attempts)</numerusform>
        </translation>
    </message>
    <message>
        <source>No campaign with call outcomes yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A campaign is evaluated from the outcomes of its calls. Split the campaign in the Campaigns step, then import the outcome file the agents or the call system return with &lt;b&gt;Import Outcomes…&lt;/b&gt; above, or on the command line:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion and ARPU change against the control group need the follow-up extract (billing after the campaign): &lt;b&gt;Import Follow-up…&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A finished test/control file from elsewhere can be evaluated at once with &lt;b&gt;Open Test/Control File…&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a workspace to evaluate its campaigns, or evaluate a finished test/control file with &lt;b&gt;Open Test/Control File…&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluating %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing outcomes of %1 from %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing the follow-up extract %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion rule: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was imported before for %2: nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 attempts added, %3 unchanged, %4 rejected, %5 added to do-not-disturb.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) rejected (all are kept in the workspace), first:</source>
        <translation>
            <numerusform>%n row rejected (all are kept in the workspace):</numerusform>
            <numerusform>%n rows rejected (all are kept in the workspace), first:</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow-up extract %1: %2 customers, %3 rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) rejected, first:</source>
        <translation>
            <numerusform>%n row rejected:</numerusform>
            <numerusform>%n rows rejected, first:</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 targets, %3 controls (%4 universal controls left out), %5 call attempts. Rates with %6 Wilson intervals; groups with fewer than %7 connected customers are flagged small.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uplift: give a conversion rule (and import the follow-up extract) to compare target and control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion uplift vs control: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fewer than %1 connected customers: the rates are noisy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uplift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 interval (pp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p-value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing (target / control)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (n %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target mean change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control mean change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welch interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welch p</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Bootstrap interval (%n resamples)</source>
        <translation>
            <numerusform>Bootstrap interval (%n resample)</numerusform>
            <numerusform>Bootstrap interval (%n resamples)</numerusform>
        </translation>
    </message>
    <message>
        <source>Incremental revenue / month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incremental completions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 rows; control %3 = “%4”: %5 rows; %n target group(s); %6 intervals.</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %2 rows; control %3 = “%4”: %5 rows; %n target group; %6 intervals.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %2 rows; control %3 = “%4”: %5 rows; %n target groups; %6 intervals.</numerusform>
        </translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 interval (pp, Newcombe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>df</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No response column chosen: no uplift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uplift vs control (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No campaign was split yet: split a campaign in the Campaigns step before importing its call outcomes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign the calls belong to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Outcomes of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome files (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Follow-up Extract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extracts (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROI Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RO&amp;I plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confide&amp;nce level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tar&amp;get vs Control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily/&amp;Weekly Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the campaign&apos;s daily battle report or weekly summary as a PDF or an Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed (paid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed (trial)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Considering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p (Holm): adjusted for the groups of a table tested together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several groups tested at once: beside each p-value, Holm&apos;s adjusted p (the p-values sorted, the smallest times the number of tests, the next times one fewer, never below the one before, at most 1) keeps the chance of any false finding among them at the test level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage (call cells)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success vs others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p (Holm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relative [%1 interval]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (offer %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan forecast (%1, %2 months) for the actual targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual, %1 interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What counts as conversion, a rule over the follow-up extract, e.g. package = &quot;LD 200&quot; (empty: each cell&apos;s own offer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each cell&apos;s own offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROI, plan vs actual: the plan per target, for the campaign&apos;s actual targets; the actual intervals carry the conversion uplift&apos;s interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROI, plan vs actual: choose the campaign&apos;s ROI plan (PLAN.json) above, then evaluate (conversion counts each cell&apos;s offer unless a rule is given).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cwb::FileEvaluationDialog</name>
    <message>
        <source>Evaluate a Test/Control File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV file, one row per customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binary columns (0/1, yes/no, true/false): rates and uplift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numeric columns: means, Welch t-test and bootstrap interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group column:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Control value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Responses:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amounts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence &amp;level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is empty, expected a header row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the column that names the group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the value that marks the control group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check at least one response or amount column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group column cannot be a response or an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Test/Control File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delimited text (*.csv *.txt *.tsv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read to list the values.</source>
        <translation>
            <numerusform>%n row read to list the values.</numerusform>
            <numerusform>%n rows read to list the values.</numerusform>
        </translation>
    </message>
    <message>
        <source>Column %1 has more than %2 values: type the control value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bootstrap re&amp;samples:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cwb::FilePage</name>
    <message>
        <source>Choose the Extract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV or text file (UTF-8, GBK/GB18030 or UTF-16) or an Excel workbook (.xlsx). You can also drop the file onto this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop a file here or choose one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GB18030 (GBK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vertical bar ( | )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer extracts (*.csv *.txt *.tsv *.xlsx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file chosen yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook, %1, sheet “%2” (%3 sheets); %4 columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text file, %1; encoding %2 (%3); delimiter “%4”; %5 columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first %1 rows as they will be read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cwb::Files</name>
    <message>
        <source>cannot write %1: the file is too large for this disk or system (%2 MB free)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: the disk is full (%2 MB free)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: no permission to write in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: the folder %2 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists already</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cwb::GridTab</name>
    <message>
        <source>%1: &quot;%2&quot; is not a number (write numbers separated by commas, e.g. 50, 120)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Build Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Cell as &amp;Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default: total_fee_m1, total_fee_m2, total_fee_m3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value = the average of these columns, comma separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 bands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 bands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quantiles; or edges, e.g. 50, 120</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default edges; or e.g. 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk score (weighted signals)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Churn model (logistic regression)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk signals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Label column (1 = churned):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Value columns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value &amp;bands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Risk:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk b&amp;ands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value × risk grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the options and build the grid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customers yet: import an extract first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold of signal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight of signal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signal %1 needs one threshold and one weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one risk signal (or press Defaults)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the value × risk grid…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 customers (%2)
revenue %3
%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No exact rule: %1. Saved as a list of its %2 customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Churn model: AUC %1 on the test rows (%2), %3 on the training rows (%4); %5 churned. Weights (standardised): %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk score from: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 customers in the grid, %2 without a value or a risk. Select a cell to save it as a segment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a cell of the grid first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value × risk cell %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 as a list segment of %2 customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 with the cell&apos;s rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>band %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Segment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retain first: outbound call with a retention bundle or an early contract renewal; door-to-door for the top customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch and retain: care call, loyalty benefit, renewal offer before the contract ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep and grow: loyalty care, upsell value-added services; no discount needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retain at moderate cost: bundle to raise stickiness (add broadband or a family plan), renewal offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stabilise: bundles and value-added services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upsell: a higher tariff tier or another product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low-cost retention only: SMS or front-desk offers; no agent time or deep discounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low-cost contact: SMS offers and self-service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Develop cheaply: SMS or front-desk upsell to a higher tier or a bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile the cell before choosing an offer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cwb::Import</name>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing customer id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number such as 128.50 or ¥1,234.50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date such as 2026-11-01, 2026/11/01, 20261101, 2026-11 or 202611</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Y/N, 是/否, 1/0, true/false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Chinese mobile number (11 digits, 1[3-9]...) or a fixed-line number such as 0571-88888888</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer id &apos;%1&apos; appears more than once; all its rows are rejected (--on-duplicate reject)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate customer id &apos;%1&apos;: the first row (line %2) was kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer id &apos;%1&apos; is already in the workspace; the existing row was kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate customer id &apos;%1&apos;: replaced by the later row on line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer id &apos;%1&apos; appears more than once (also on line %2); all its rows are rejected (--on-duplicate reject)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer id &apos;%1&apos; is already in the workspace from an earlier import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate customer id &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1… (%2 bytes in all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1… (%2 characters in all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>… [truncated to the first %1 of %2 bytes]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an old binary Excel workbook (.xls), whatever its name says; it cannot be read directly: open it in Excel or WPS and save it as .xlsx or as CSV (UTF-8), then import that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a password-protected Excel workbook: open it in Excel, remove the password and save it as .xlsx or as CSV (UTF-8), then import that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an old Word or PowerPoint document, not a table of rows: copy the table into Excel and save it as .xlsx or CSV, then import that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an old binary Office file: an Excel workbook (.xls) or a password-protected workbook; open it in Excel or WPS and save it as .xlsx (without a password) or as CSV (UTF-8), then import that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a PDF document, not a table of rows: ask for the extract as CSV or .xlsx, or export it as such from the system that produced the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a compressed archive (gzip, bzip2, xz, 7-Zip or RAR): extract it and import the CSV or .xlsx file inside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an image, not a table of rows: import the CSV or .xlsx extract itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite database (a workspace file?), not a customer extract: pass a workspace with --workspace, and import a CSV or .xlsx extract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a program, not a table of rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a web page (HTML), not a CSV or Excel file, whatever its name says (systems that offer an &quot;Excel&quot; download often write one): open it in Excel or WPS and save it as .xlsx or as CSV (UTF-8), then import that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an Excel 2003 XML spreadsheet: open it in Excel or WPS and save it as .xlsx or as CSV (UTF-8), then import that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; contains a NUL byte (U+0000) at character %3; text never holds one: the file is damaged or its fields are padded with NUL bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cwb::ImportPlan</name>
    <message>
        <source>the header &apos;%1&apos; appears more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; also looks like %2, which is already taken by an earlier column; kept under its own name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no customer id column: ids are the row numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the header row has %2 columns, more than any SQLite table can hold (%3): keep only the columns you need in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the header of column %2 (&apos;%3&apos;) contains a NUL byte (U+0000); the file is damaged or not a text table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 columns to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 would bring the customers table to %2 columns (%3 are there already)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, more than the %2 a workspace&apos;s customers table can hold (SQLite allows %3 columns in a table, and the import adds %4 of its own). Keep only the columns you need: leave the others out with --map &apos;HEADER=-&apos; (or in the import wizard&apos;s mapping), or remove them from the file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cwb::ImportWizard</name>
    <message>
        <source>Import Customer Extract</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cwb::ListsScriptsView</name>
    <message>
        <source>Call &amp;lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call &amp;script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing grids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round-robin (a like mix each)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balanced blocks (customers stay together)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked columns go into the lists in this order; drag or use Up/Down to reorder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel (xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8 with BOM (Excel opens it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GB18030 (older tools)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Campaign:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wa&amp;ve:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agents per cell:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assi&amp;gnment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;olumns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV &amp;encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build the lists and show their first rows (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the lists into a folder and record the contacts in the contact history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset to template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Chinese template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;English template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Italic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bullet list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert &amp;field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save P&amp;DF...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;pening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selling poi&amp;nts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off&amp;er</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add objection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move objection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ob&amp;jections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a workspace to produce call lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No campaign is split yet.

Split a campaign into targets and control in the Campaigns step (Split tab, then Commit); its call lists are made here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No campaign has a current split: %1 was split on data that a later import replaced.

Split it again in the Campaigns step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All waves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wave %1: %2 (from %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (computed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The choices changed: Preview (F5) builds the lists again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the lists...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · wave %2 · %3: %4 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 customers in %2 lists; suggested call time: %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wave %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has %2 contacts in the contact history (%3 exported lists, the latest on %4). Exporting again records them again, so the fatigue rule will count these customers as contacted twice.

Export anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the lists to %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the call lists into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List %1: %2 customers in %3 files, %4 contact history rows recorded:
%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: bold or italic text that starts or ends with punctuation or a field next to Chinese text cannot be stored; include the neighbouring character in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Script: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a call script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call scripts (*.txt *.md);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the call script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call scripts (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a split campaign on the Call lists tab: the printout holds its cells&apos; scripts and its call sheets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the call script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview: call script and call sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a split campaign on the Call lists tab first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the call script as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1: %2 script pages, %3 call sheets on %4 pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defaul&amp;t columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;rts (rows):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print previe&amp;w...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full p&amp;hone numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists and call sheets show phone numbers as 138****8000 unless this is checked; the choice is recorded with the export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone numbers in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone numbers masked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cwb::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Extract…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a &amp;Copy As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Campaign Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) — Campaign Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[read-only]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace in Use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign Workbench workspaces (*.cwb)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a Copy As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved a copy as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Campaign Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Campaign Workbench %1&lt;/h3&gt;&lt;p&gt;Plan, simulate and evaluate targeted marketing pilots offline: import a customer extract, audit it, segment it, design offers and campaigns with control groups, and measure the outcome.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;Encrypted Copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved an encrypted copy as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge &amp;Rejected Rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace Cannot Be Written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>

Open it read-only? You can look at everything but not import or change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Read-Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the lock of %1 held by %2?

Do this only if that computer no longer has the workspace open (it was switched off or crashed). Two computers writing one workspace can damage it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign Workbench workspaces (*.cwb *.cwbx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cwb::MappingPage</name>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decimal number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes / no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number the rows (the file has no customer id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map the Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each column of the file goes to a known field, to a column of its own, or is left out. Types were inferred from the first rows; change them where they are wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved mapping:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Mapping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the customers in the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to the customers in the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject every row of a repeated customer id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the first row of a repeated id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the last row of a repeated id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import stops, leaving the workspace unchanged, when more rows than this are rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeated ids:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop when rejected rows exceed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none saved yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved Mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the mapping (e.g. “Monthly extract”):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(column %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inferred from the first rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— leave out —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own column: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 columns will be imported, %2 left out. Rows that fail validation (blank or repeated ids, values that do not fit their type) are set aside with the reason and listed after the import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Validation of the first %n rows: all would be imported.</source>
        <translation>
            <numerusform>Validation of the first row: it would be imported.</numerusform>
            <numerusform>Validation of the first %n rows: all would be imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n rows</source>
        <translation>
            <numerusform>%1: %n row</numerusform>
            <numerusform>%1: %n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>Validation of the first %1 rows: %2 would be rejected (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cwb::MatchResultModel</name>
    <message>
        <source>no eligible package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no bill today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing within budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no feature suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no upsell adds a suggested feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected bill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s bill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Savings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recommendation because</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the discount ends</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cwb::NavigationBar</name>
    <message>
        <source>Planning steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    planned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cwb::Offer</name>
    <message>
        <source>%1: the monthly fee is 0 yuan (the median of the band %2-%3 yuan rounds to 0): this package would be free; raise the band&apos;s lower edge or set a fee before offering it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cwb::OfferView</name>
    <message>
        <source>unlimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LD min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broadband</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligible customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Mbit/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yuan off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percent off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every customer, or a rule: total_fee_m1 &gt;= 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every channel, or: call, sms, store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD (open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Included local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Included long distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Included data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broadband (bundle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local overage, yuan/min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LD overage, yuan/min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data overage, yuan/MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligibility rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package catalogs (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns summed into the fee measure, comma separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all customers, or a rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round edges to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make package draft from band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cheapest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best value within budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upsell adding a suggested feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today (yuan/month)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected (yuan/month)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue effect (yuan/month)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with a change of at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best package per customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 yuan off, %2 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% off, %2 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validity dates are written YYYY-MM-DD, got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A package called &apos;%1&apos; already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit package %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add package %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove package %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tiers yet: load a distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bands cover %2% of %3 customers (%4 without a value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A band edge is a number of yuan, got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribution of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load a distribution to design tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yuan per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a band first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier %1 (%2-%3 yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier %1 (%2-%3 yuan) #%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package draft %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 customers, recommended by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no recommendation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the running computation or cancel it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (+%2 yuan)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cwb::PassphraseDialog</name>
    <message>
        <source>Save Encrypted Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Encrypted Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 will hold the whole workspace, customers&apos; names and phone numbers included, encrypted with this passphrase. Give the passphrase to the recipient by another way than the file (by phone, not in the same e-mail).&lt;/p&gt;&lt;p&gt;Nobody can open the copy without it: a forgotten passphrase cannot be recovered.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an encrypted copy of a workspace. Enter its passphrase to decrypt it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encrypt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decrypt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least %1 characters: %2 so far. A few words are easier to remember than symbols and harder to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long enough. Type it again below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digits alone are easy to guess (a phone number or a date): words are safer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good. Longer is stronger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cwb::PlanCellModel</name>
    <message>
        <source>pilot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cell %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unique name; it also keys the cell&apos;s random numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All customers of the cell, control group included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the customers held out as control (0 to below 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected / targeted (接通率)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intentions / connected (意向率)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intention rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed orders / intentions (竣工率)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completions per customer in the control group: what would have happened anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control conversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yuan per completion per discounted month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount / month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yuan per targeted customer; the channel&apos;s assumed cost unless changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost / contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yuan per completion (commission, gift, installation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost / success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yuan (script, training, list preparation, printing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cell needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown channel &apos;%1&apos; (expected one of: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number of 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (mean %2). Type a point (0.6), a range (0.52-0.62, uniform), low-mode-high (0.5-0.6-0.7, triangular) or the evidence of an earlier pilot as successes/trials (395/1579).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pilot of 2,598 customers called (a starting figure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yuan per incremental completion per month once the discount has ended: what a customer who takes the offer pays more than today (negative: less). During the discount it is this less the discount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue change / month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cwb::PlanSummary</name>
    <message>
        <source>The summary could not be drawn on the output device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROI plan for sign-off: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Horizon %1 months · %2 Monte Carlo draws · seed %3 · alpha %4 · power %5 · money in yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by (manager)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROI plan summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the inputs come from: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines left out for want of room: %1 (the Sources tab of the Simulation step lists them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where every input comes from (defaults, assumptions, the campaign&apos;s split, the offers priced on the customers): page 2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 per completion over %2 months (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cwb::PlanWriter</name>
    <message>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cwb::PlannedStepView</name>
    <message>
        <source>This step is not available in this version. It is shown so that you can see where it fits in the planning loop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this step will hold</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cwb::ProfileTab</name>
    <message>
        <source>&amp;Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a rule or choose a saved segment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a rule on the Rule tab, or choose a saved segment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiling the rule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiling %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 customers, %2 of the base of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; %1 of the revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (stored membership)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top values: share in the segment and in the base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% of customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Means against the base (index, 100 = base): the %1 most different</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cwb::PurgeRejects</name>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>Import #%1 %2 (%3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call outcomes #%1 %2, campaign %3 (%4): %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge Rejected Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n rejected row(s) of these imports from the workspace?</source>
        <translation>
            <numerusform>Remove %n rejected row of these imports from the workspace?</numerusform>
            <numerusform>Remove %n rejected rows of these imports from the workspace?</numerusform>
        </translation>
    </message>
    <message>
        <source>Their raw text and reasons (which quote names, phone numbers and ids) are overwritten in the file. The import log keeps each import&apos;s file name, time and number of rejected rows. Export the rejected rows first if you still need to correct them. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace keeps no rejected rows: nothing to purge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n rejected row(s) removed.</source>
        <translation>
            <numerusform>%n rejected row removed.</numerusform>
            <numerusform>%n rejected rows removed.</numerusform>
        </translation>
    </message>
    <message>
        <source>The freed space (%1) is overwritten with zeros and reused by later imports; File ▸ Save a Copy As… writes a compacted copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rejected rows could not be purged:
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cwb::RejectsModel</name>
    <message>
        <source>(whole row)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cwb::RejectsView</name>
    <message>
        <source>&amp;Export to CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the rejected rows shown to a CSV file (UTF-8) to correct them and import them again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a rejected row to see its reason and full text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the rejects: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All imports (%1 rejected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 %2, %3 (%4 rejected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing imported yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rows were rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) rejected</source>
        <translation>
            <numerusform>%n row rejected</numerusform>
            <numerusform>%n rows rejected</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1, column %2: %3

%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-rejects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export rejected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1</source>
        <translation>
            <numerusform>%n row written to %1</numerusform>
            <numerusform>%n rows written to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The rejected rows could not be written:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n rejected row(s) no longer kept (purged, or replaced by a later import); the import log keeps the count.</source>
        <translation>
            <numerusform>%n rejected row no longer kept (purged, or replaced by a later import); the import log keeps the count.</numerusform>
            <numerusform>%n rejected rows no longer kept (purged, or replaced by a later import); the import log keeps the count.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cwb::ReportDialog</name>
    <message>
        <source>Report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily battle report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report.pdf or report.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Week starts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cwb::ResultRows</name>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected (rates at their means)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incremental completions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break-even intention rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monte Carlo (%1 draws)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net P5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net P50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net P95</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROI mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROI P5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROI P50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROI P95</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P(ROI &gt; 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power (alpha %1 two-sided, power %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control conversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected target conversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected uplift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum detectable uplift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed per group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed at the plan&apos;s split (targets + controls)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cwb::Rule</name>
    <message>
        <source>expected digits after &apos;.&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a blank or an operator after the number &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated field name: expected a closing &apos;`&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a field name between the backticks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected full-width character &apos;%1&apos;; write &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rule is empty: expected a condition such as arpu_m1 &gt; 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected &apos;)&apos; with no matching &apos;(&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected AND, OR or the end of the rule after &apos;%1&apos;, found &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end of the rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rule is too deep: more than %1 levels of operators and functions (each AND, OR, NOT, comparison, arithmetic operator or function call adds one); for a list of values write field IN (value, ...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected NULL or NOT NULL after IS, found &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;(&apos; after IN, found &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IN list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected AND between the bounds of BETWEEN, found &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected WITH after STARTS, found &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;)&apos; to close the %1 opened at line %2, col %3, found &apos;%4&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a value, found &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a value after &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NULL is not a value: write IS NULL or IS NOT NULL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a tag name after &apos;tag:&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a quoted segment name after &apos;segment:&apos;, e.g. segment:&quot;高值高危&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown function &apos;%1&apos;%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; functions are </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; did you mean &apos;%1&apos;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>argument list of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rule nests too deeply (more than %1 levels of parentheses, NOT, &apos;-&apos; or function calls)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a condition (yes/no)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (in %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> is </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rule is too complex: it expands to more than %1 characters of SQL (nested min/max/avg?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a condition, but %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs %2, but %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (write dates as &quot;YYYY-MM-DD&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot compare %2 with %3: %4 but %5%6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos;%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number %1 is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number, found &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>months_between() needs dates, but %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs numbers or dates, but %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rule must be a condition (a comparison, IN, BETWEEN, CONTAINS, IS NULL...), but %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown tag &apos;%1&apos;%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown segment &apos;%1&apos;%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refers to itself: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>references nest more than %1 deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rule of %1 does not parse: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;(&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cwb::RunPage</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is read, checked and written in one step: if you cancel, or something goes wrong, the workspace stays exactly as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1 into %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was written; the workspace is as it was. Go back to change the settings or close the wizard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace is as it was. Go back to change the mapping or the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling… the changes are being rolled back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows read · %2 MB/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cwb::SavedSegmentsPanel</name>
    <message>
        <source>Save Segment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Current Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Materialise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;verlap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select two or more segments to see their overlap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example: high_value_churners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what the segment is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Save the current rule as a segment&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlap: select two or more segments and press Overlap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not materialised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a rule on the Rule tab first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved segment %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Materialising %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 members on data version %3 (%4 s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed segment %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing the overlap…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlap of %1 (A) and %2 (B), base %3:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jaccard similarity %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers in both segments (the diagonal: the segment&apos;s size), base %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove segment %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Segment %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cwb::SegmentTask</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cwb::SegmentView</name>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes/no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Count Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rule:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Space completes a field, Ctrl+Return counts now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count the rule now (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fields:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or double-click inserts the field into the rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customers yet: import an extract first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a rule: the count follows as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 customers (%2% of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counted in %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Matching customers: the first %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Matching customers: all %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example: total_fee_m1 &gt; 100 AND NOT opt_out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value × Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cwb::Simulation</name>
    <message>
        <source>cell &apos;%1&apos;: no customer to contact (%2 in the control group); simulated with 0 customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cell &apos;%1&apos;: control_conversion_rate not given; assuming 0 (every completion counts as incremental, which is optimistic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the expected conversion (%2%) is not above the control conversion (%3%); there is no uplift to detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no control group; the uplift cannot be measured (about %2 customers per group are needed to detect the expected uplift of %3 percentage points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no intention rate breaks even (no customer is reached or completes, or each completion costs at least what it earns over the horizon)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: breaking even needs an intention rate of %2%, above 100%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cell &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the cost can be 0 (no cost per contact and no fixed cost), so ROI is undefined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cell names no offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its offer &apos;%1&apos; is not in the workspace&apos;s package catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the campaign&apos;s split of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a dry split on the current data (the campaign is not split)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cell &apos;%1&apos;: %2 eligible customers found no room in any wave and are left out of the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 targets with a wave + %2 in the control group, from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the control group / customers, from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in the package catalog: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cell &apos;%1&apos;: the package &apos;%2&apos; is offered only through %3, not %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its customers could not be priced on &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none of the cell&apos;s targets (%1) can take &apos;%2&apos; and has a bill today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cell&apos;s targets priced on %1 (%2) against their bills today, last three months (pricing.h): %3 priced, %4 a month today on average, %5 on the package once the discount ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>targets left out of the revenue change: %1 (not eligible for the package %2, a bundle slower than their broadband %3, no bill today %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cell &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no discount counted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cell &apos;%1&apos;: %2, so the monthly revenue change is the ASSUMED %3 yuan per completion; edit it for the offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the control group (%2 customers) is too small to detect the expected uplift of %3 percentage points (minimum detectable uplift %4 at alpha %5, power %6); at this plan&apos;s control share of %7% about %8 targets and %9 controls are needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% off %2 for 1 month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% off %2 for %3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 yuan off %2 for 1 month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 yuan off %2 for %3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>typed in (it was %1: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>control share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connect rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intention rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completion rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>control conversion rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monthly revenue change per completion after the discount ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>discount per completion per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>discount months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cost per contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cost per success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fixed cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pilot default (simulatedefaults.h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not given: assumed 0, so every completion counts as incremental (optimistic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not given: no control group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assumed cost of a contact by %1 (channel default, simulatedefaults.cpp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not given: no discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan default (simulatedefaults.h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not given: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ASSUMPTION, not the offer&apos;s figure: the pilot&apos;s 205.2 yuan of incremental revenue per customer per year / 12 (simulatedefaults.h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monthly revenue change per completion during the discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 after the discount ends less the discount of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 months at %2 during the discount + %3 months at %4 after it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 months at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revenue change per completion over the %1-month horizon</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cwb::SimulationCharts</name>
    <message>
        <source>connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>control conversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROI histogram: no ROI to show (the cost can be zero)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROI of the plan over %1 draws</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROI (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draws</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P(ROI &gt; 0) = %1
P5 %2   P50 %3   P95 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total net, one input at a time (base %1)
red: input at its P10, green: at its P90</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total net (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every draw gives the same ROI, %1:
all rates are points (open a plan with ranges or evidence)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tornado: every rate is a point.
Open a plan with ranges or evidence to see which input matters most.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cwb::SimulationView</name>
    <message>
        <source>Remove Cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Horizon:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months of incremental revenue counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Draws:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monte Carlo draws (1 to 1,000,000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed: the same seed gives the same result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Alpha:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-sided test level of the control comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Power:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power of the control comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulation results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan cannot be simulated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computed (%1 draws)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>plan typed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no result to print yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a ROI plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROI plans (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan could not be opened:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the ROI plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROI plans (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the plan summary as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be written:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the plan summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From Campaign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep as Scenario A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear Scenario A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenarios side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build the plan from a campaign of the open workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this plan as scenario A, then edit or open scenario B to compare them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan from a campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace has no campaign yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign (customers from its split, or a dry split when it is not split):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan could be built from the campaign:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To compare two plans: press “Keep as Scenario A”, then edit the plan or open another one (scenario B). Both are simulated with the same draws.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net, expected (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net, mean (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net P5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net P50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net P95</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROI P5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROI P50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROI P95</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P(ROI &gt; 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P(B − A &gt; 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B − A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B minus A per draw, with the same %1 draws and seed %2 for both (common random numbers): net differs by %3 yuan on average; the difference is positive in %4 of the draws.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaign %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it comes from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the inputs come from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where every default, assumption and offer figure of the plan comes from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(plan)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cwb::SummaryPage</name>
    <message>
        <source>Show Rejected Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows read:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows with a repeated id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced earlier rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some rows were set aside. Look at them to see why; the audit under Data shows the quality of each column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every row was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cwb::TagsPanel</name>
    <message>
        <source>&amp;Save Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Insert into Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag library (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click inserts tag:NAME into the rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example: ld_fee_m1 / total_fee_m1 &gt; 0.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rule:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip tags whose name exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace tags whose name exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename imported tags whose name exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When an imported tag&apos;s name exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Add or edit a tag&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved tag %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove tag %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed tag %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported: %n added</source>
        <translation>
            <numerusform>Imported: %n added</numerusform>
            <numerusform>Imported: %n added</numerusform>
        </translation>
    </message>
    <message>
        <source>, replaced %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, skipped %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, renamed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>, %n already the same</source>
        <translation>
            <numerusform>, %n already the same</numerusform>
            <numerusform>, %n already the same</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n tags to %1.</source>
        <translation>
            <numerusform>Exported %n tag to %1.</numerusform>
            <numerusform>Exported %n tags to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Tag %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Tag %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cwb::WelcomeView</name>
    <message>
        <source>Campaign Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan, simulate and evaluate targeted marketing pilots — offline, on your own computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A workspace is one file (.cwb) that holds a pilot: the customer extract, its audit and, in later steps, segments, offers and campaigns. Copy it to back it up or to hand it on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cwb::Workspace</name>
    <message>
        <source>%1 is not a Campaign Workbench workspace (it is not an SQLite database); it was left unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a Campaign Workbench workspace; it was left unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Campaign Workbench workspace (%2); it was left unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no schema version; it was left unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty, not a workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workspace %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an empty file, not a workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses workspace format %2 and must be upgraded to %3; open it for writing once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; open it instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer Campaign Workbench (workspace format %2; this version reads up to %3). Update the application to open it; the file was left unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; choose another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a copy cannot replace the workspace itself</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cwb::WorkspaceLock</name>
    <message>
        <source>Wait until it has finished, or close %1 there, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That process has ended; try again (its lock is taken over).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No permission to write in the folder %1: the workspace %2 needs a lock file beside it to be written. Copy the workspace to a folder you can write, or open it read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is locked for writing by another program (its lock file %2 cannot be read).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open for writing by %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open for writing in this program; close it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open for writing by %2, which is still running; it was not unlocked. Close it there first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lock file %1 could not be removed (another process on this computer holds it, or the folder is read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>process %1%2 on this computer since %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>process %1%2 on the computer %3 since %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If %1 no longer has the workspace open (it was switched off or crashed), remove its lock with `cwb workspace unlock --workspace %2`, or with Unlock… in the application when it says the workspace is in use. Never do so while %1 may still be writing it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cwb::WorkspaceStatus</name>
    <message>
        <source>No workspace open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last import: %1, %2 (%3 rows, %4 rejected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No import yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cwb::XlsxReader</name>
    <message>
        <source>%1: file not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a damaged zip archive (its table of contents is missing: was the file cut short while copying or downloading?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an .xlsx workbook: it is not a zip archive (an .xlsx file is one; is it a CSV file with the wrong extension?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot open it as an .xlsx workbook: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a zip archive but not an .xlsx workbook: it has no %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an OpenDocument spreadsheet (.ods), not an .xlsx workbook: open it in LibreOffice, WPS or Excel and save it as .xlsx or as CSV, then import that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an OpenDocument text or presentation, not a table of rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a Word document (.docx), not a table of rows: copy the table into Excel and save it as .xlsx or CSV, then import that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a PowerPoint presentation (.pptx), not a table of rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; it holds %2: extract it and import the file inside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; the archive is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (it holds %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the workbook expands to more than %2 MB in all (%3 alone is %4 MB); the file is damaged or made to exhaust memory. If it is a real workbook, export the sheet as CSV and import that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read %2 inside the workbook: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 expands to %3 MB, more than the %4 MB this part of a workbook may have; the file is damaged or made to exhaust memory (a &quot;zip bomb&quot;). If it is a real workbook, export the sheet as CSV and import that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 expands to more than %3 MB, the most this part of a workbook may have; the file is damaged or made to exhaust memory (a &quot;zip bomb&quot;). If it is a real workbook, export the sheet as CSV and import that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 expands %3 times (%4 MB from %5 bytes), more than the %6 times real workbooks come near; the file is damaged or made to exhaust memory (a &quot;zip bomb&quot;). If it is a real workbook, export the sheet as CSV and import that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 has a single XML element or text of more than %3 MB (from XML line %4); no workbook cell holds that much: the file is damaged or made to exhaust memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the archive is damaged after row %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 inside the workbook is damaged: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 expands to more than the %3 bytes the archive&apos;s directory declares for it: the archive is damaged or made to exhaust memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the workbook expands to more than %2 MB in all; the file is damaged or made to exhaust memory. If it is a real workbook, export the sheet as CSV and import that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 inside the workbook is not valid XML (line %3, column %4): %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: shared string %2 in %3 holds more than %4 MB of text (Excel allows 32,767 characters in a cell); the file is damaged or made to exhaust memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: sheet &apos;%2&apos; is a chart sheet, not a table of rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no worksheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no sheet &apos;%2&apos;; its sheets are: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: sheet &apos;%2&apos; is missing from the archive (no %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, sheet &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at sheet row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before the first row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the sheet XML (%2) ends too early %3: the file is truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: broken sheet XML (%2) %3 (XML line %4, column %5): %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, row %2, column %3: the cell holds more than %4 MB of text (Excel allows 32,767 characters in a cell); the file is damaged or made to exhaust memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, row %2: invalid cell reference &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, row %2, column %3: the cell refers to shared string &apos;%4&apos; but the workbook has %5 shared strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, row %2: the row holds more than %3 MB of text; the file is damaged or made to exhaust memory</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
