<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>EvaluationCharts</name>
    <message>
        <source>Call funnel</source>
        <translation>外呼漏斗</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>目标客户</translation>
    </message>
    <message>
        <source>Called</source>
        <translation>已外呼</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>接通</translation>
    </message>
    <message>
        <source>Intentions</source>
        <translation>意向</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>竣工</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>No uplift to show: no target and control group with customers on a binary outcome</source>
        <translation>无提升可显示：二元结果上没有含客户的目标组和对照组</translation>
    </message>
    <message>
        <source>No call attempts by day</source>
        <translation>没有按日的外呼记录</translation>
    </message>
    <message>
        <source>Calls by day and success rate</source>
        <translation>每日外呼与成功率</translation>
    </message>
    <message>
        <source>Success rate (completed / connected)</source>
        <translation>成功率（竣工 / 接通）</translation>
    </message>
    <message>
        <source>Success rate (%)</source>
        <translation>成功率（%）</translation>
    </message>
    <message>
        <source>No agent recorded on the call attempts</source>
        <translation>外呼记录中没有坐席</translation>
    </message>
    <message>
        <source>Success rate per agent with its %1 interval</source>
        <translation>各坐席成功率及其 %1 区间</translation>
    </message>
    <message>
        <source>No refusal with a reason recorded</source>
        <translation>没有记录原因的拒绝</translation>
    </message>
    <message>
        <source>Refusal reasons (Pareto)</source>
        <translation>拒绝原因（帕累托）</translation>
    </message>
    <message>
        <source>Refusals</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Cumulative share</source>
        <translation>累计占比</translation>
    </message>
    <message>
        <source>Cumulative share (%)</source>
        <translation>累计占比（%）</translation>
    </message>
    <message>
        <source>%1
target − control in percentage points, %2 intervals</source>
        <translation>%1
目标组 − 对照组（百分点），%2 区间</translation>
    </message>
    <message>
        <source>Uplift (pp)</source>
        <translation>提升（百分点）</translation>
    </message>
</context>
<context>
    <name>EvaluationFormat</name>
    <message>
        <source>n/a</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 pp</source>
        <translation>%1 个百分点</translation>
    </message>
</context>
<context>
    <name>PlanningSteps</name>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Import the customer extract, browse it and check its quality.</source>
        <translation>导入客户宽表，浏览并检查数据质量。</translation>
    </message>
    <message>
        <source>Import wizard for CSV (UTF-8, GBK/GB18030) and Excel files</source>
        <translation>CSV（UTF-8、GBK/GB18030）和 Excel 文件导入向导</translation>
    </message>
    <message>
        <source>Customer table with sorting and quick filter</source>
        <translation>可排序、可快速筛选的客户表</translation>
    </message>
    <message>
        <source>Data audit per column with charts</source>
        <translation>逐列数据审核及图表</translation>
    </message>
    <message>
        <source>Rejected rows with reasons</source>
        <translation>被拒绝的行及原因</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>客户细分</translation>
    </message>
    <message>
        <source>Divide customers into groups that get the same treatment.</source>
        <translation>把客户分成采取相同策略的群组。</translation>
    </message>
    <message>
        <source>Rule builder for tags (AND / OR / NOT)</source>
        <translation>标签规则构建器（与 / 或 / 非）</translation>
    </message>
    <message>
        <source>Value × churn-risk grid</source>
        <translation>价值 × 流失风险矩阵</translation>
    </message>
    <message>
        <source>Clusters of value and behaviour</source>
        <translation>价值与行为聚类</translation>
    </message>
    <message>
        <source>Profile of each segment</source>
        <translation>各细分群的画像</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>营销方案</translation>
    </message>
    <message>
        <source>Design the packages each segment is offered.</source>
        <translation>设计面向各细分群的套餐。</translation>
    </message>
    <message>
        <source>Offer catalogue</source>
        <translation>套餐目录</translation>
    </message>
    <message>
        <source>Price tiers from a segment&apos;s ARPU distribution</source>
        <translation>按细分群 ARPU 分布设定档位</translation>
    </message>
    <message>
        <source>Recommended package per customer</source>
        <translation>每位客户的推荐套餐</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <source>Turn segments and offers into campaigns with a control group.</source>
        <translation>把细分群和套餐组合成带对照组的营销活动。</translation>
    </message>
    <message>
        <source>Campaign cells and waves</source>
        <translation>活动单元与批次</translation>
    </message>
    <message>
        <source>Random control group with a recorded seed</source>
        <translation>记录随机种子的随机对照组</translation>
    </message>
    <message>
        <source>Contact policy: black, gray and do-not-disturb lists, fatigue windows, channel capacity</source>
        <translation>接触策略：黑名单、灰名单、免打扰名单、接触疲劳窗口、渠道容量</translation>
    </message>
    <message>
        <source>Simulation</source>
        <translation>效益模拟</translation>
    </message>
    <message>
        <source>Estimate what a campaign will return before running it.</source>
        <translation>在执行前估算活动的投入产出。</translation>
    </message>
    <message>
        <source>ROI funnel: connect, intention, completion</source>
        <translation>ROI 漏斗：接通、意向、竣工</translation>
    </message>
    <message>
        <source>Monte Carlo ranges and tornado chart</source>
        <translation>蒙特卡洛区间与龙卷风图</translation>
    </message>
    <message>
        <source>Sample size and power of the control comparison</source>
        <translation>对照比较的样本量与检验功效</translation>
    </message>
    <message>
        <source>Lists &amp; Scripts</source>
        <translation>清单与脚本</translation>
    </message>
    <message>
        <source>Produce what the outbound-call team works from.</source>
        <translation>生成外呼团队使用的材料。</translation>
    </message>
    <message>
        <source>Call lists as CSV or Excel</source>
        <translation>CSV 或 Excel 外呼清单</translation>
    </message>
    <message>
        <source>Printable call scripts (PDF)</source>
        <translation>可打印的营销脚本（PDF）</translation>
    </message>
    <message>
        <source>Suggested call times</source>
        <translation>建议外呼时段</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>效果评估</translation>
    </message>
    <message>
        <source>Measure the outcome against the control group.</source>
        <translation>与对照组比较，衡量活动效果。</translation>
    </message>
    <message>
        <source>Outcome import</source>
        <translation>外呼结果导入</translation>
    </message>
    <message>
        <source>Funnel KPIs per cell</source>
        <translation>各活动单元的漏斗指标</translation>
    </message>
    <message>
        <source>Uplift with confidence intervals and p-values</source>
        <translation>提升效果及置信区间和 p 值</translation>
    </message>
    <message>
        <source>Printable report</source>
        <translation>可打印的报告</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Segments</source>
        <translation>分群</translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <source>Copy Table</source>
        <translation>复制表格</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Export Table</source>
        <translation>导出表格</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>WaterfallChart</name>
    <message>
        <source>segment</source>
        <translation>细分</translation>
    </message>
    <message>
        <source>earlier cell</source>
        <translation>前一单元</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>无法触达</translation>
    </message>
    <message>
        <source>blacklist</source>
        <translation>黑名单</translation>
    </message>
    <message>
        <source>graylist</source>
        <translation>灰名单</translation>
    </message>
    <message>
        <source>do not disturb</source>
        <translation>免打扰</translation>
    </message>
    <message>
        <source>fatigue</source>
        <translation>疲劳度</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>control</source>
        <translation>对照组</translation>
    </message>
    <message>
        <source>over capacity</source>
        <translation>超出容量</translation>
    </message>
    <message>
        <source>wave %1</source>
        <translation>第 %1 波</translation>
    </message>
    <message>
        <source>Cell &quot;%1&quot;: from %2 customers to the waves</source>
        <translation>单元“%1”：从 %2 名客户到各波次</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>客户数</translation>
    </message>
</context>
<context>
    <name>cwb::AuditChart</name>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>%1: distribution of values</source>
        <translation>%1：取值分布</translation>
    </message>
    <message>
        <source>%1: most frequent values</source>
        <translation>%1：最常见的取值</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>%1: no chart</source>
        <translation>%1：无图表</translation>
    </message>
    <message>
        <source>Every value of this column is empty.</source>
        <translation>此列的所有值都为空。</translation>
    </message>
    <message>
        <source>Every value occurs once: none stands out.</source>
        <translation>每个值只出现一次：没有突出的取值。</translation>
    </message>
    <message>
        <source>Too many different values to list the most frequent ones;
see the distinct count and range in the table.</source>
        <translation>不同取值太多，无法列出最常见的取值；
请查看表中的不同值个数和范围。</translation>
    </message>
    <message>
        <source>%1: numbers several customers share (masked)</source>
        <translation>%1：多位客户共用的号码（已脱敏）</translation>
    </message>
    <message>
        <source>Personal data: the audit keeps no values of this column.</source>
        <translation>个人数据：审核不保存此列的任何取值。</translation>
    </message>
</context>
<context>
    <name>cwb::AuditTableModel</name>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>integer</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>decimal</source>
        <translation>小数</translation>
    </message>
    <message>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>yes/no</source>
        <translation>是/否</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>空值率</translation>
    </message>
    <message>
        <source>Distinct</source>
        <translation>不同值</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>最小值</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>最大值</translation>
    </message>
    <message>
        <source>Q1</source>
        <translation>下四分位</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>中位数</translation>
    </message>
    <message>
        <source>Q3</source>
        <translation>上四分位</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>无效</translation>
    </message>
    <message>
        <source>Outliers</source>
        <translation>异常值</translation>
    </message>
    <message>
        <source>%1 of import #%2</source>
        <translation>%1（第 %2 次导入）</translation>
    </message>
    <message numerus="yes">
        <source>line(s) %1</source>
        <translation>
            <numerusform>行号 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Negative values on %1</source>
        <translation>负值出现在%1</translation>
    </message>
    <message>
        <source>Personal data: the audit keeps no values of this column</source>
        <translation>个人数据：审核不保存此列的任何取值</translation>
    </message>
    <message>
        <source>masked</source>
        <translation>已脱敏</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>负值</translation>
    </message>
</context>
<context>
    <name>cwb::AuditView</name>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>导出 &amp;PDF…</translation>
    </message>
    <message>
        <source>The audit cannot be read: %1</source>
        <translation>无法读取审核结果：%1</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>没有打开工作区。</translation>
    </message>
    <message>
        <source>No audit yet: import a customer extract and its data audit appears here.</source>
        <translation>尚无审核结果：导入客户宽表后，数据审核结果会显示在这里。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Data audit&lt;/b&gt; of import #%1 (%2): %3 rows, %4 columns, computed %5.</source>
        <translation>第 %1 次导入（%2）的&lt;b&gt;数据审核&lt;/b&gt;：%3 行，%4 列，计算于 %5。</translation>
    </message>
    <message>
        <source>%1 rows carried a customer id seen before.</source>
        <translation>%1 行的客户编号与之前的行重复。</translation>
    </message>
    <message>
        <source>cannot write to the output (is the file writable?)</source>
        <translation>无法写入输出（文件是否可写？）</translation>
    </message>
    <message>
        <source>Data audit</source>
        <translation>数据审核</translation>
    </message>
    <message>
        <source>-audit</source>
        <translation>-审核</translation>
    </message>
    <message>
        <source>Export the audit as PDF</source>
        <translation>把审核结果导出为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be written:
%1</source>
        <translation>无法写入 PDF：
%1</translation>
    </message>
    <message>
        <source>Print the data audit</source>
        <translation>打印数据审核</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s)</source>
        <translation>
            <numerusform>%1：%n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Negative fees or usage&lt;/b&gt; (a mistake in the extract, or refunds to check): %1.</source>
        <translation>&lt;b&gt;费用或用量为负值&lt;/b&gt;（可能是宽表有误，也可能是退费，请核对）：%1。</translation>
    </message>
    <message>
        <source>Personal data (%1): counted, but no values are kept in the audit.</source>
        <translation>个人数据（%1）：只做计数，审核不保存任何取值。</translation>
    </message>
</context>
<context>
    <name>cwb::Campaign</name>
    <message>
        <source>campaign &apos;%1&apos; was never split: split it first</source>
        <translation>营销活动“%1”从未分组：请先分组</translation>
    </message>
    <message>
        <source>new wave %1</source>
        <translation>新波次 %1</translation>
    </message>
    <message>
        <source>be split again</source>
        <translation>重新分组</translation>
    </message>
    <message>
        <source>its call lists were exported on %1 (%2 contacts recorded)</source>
        <translation>其外呼名单已于 %1 导出（已记录 %2 次接触）</translation>
    </message>
    <message>
        <source>%1 outcomes were recorded</source>
        <translation>已记录 %1 条外呼结果</translation>
    </message>
    <message>
        <source>campaign &apos;%1&apos; cannot %2: %3, so its split is a record of who was contacted and who was held back. To change it, copy it as a new campaign (`cwb campaign copy &apos;%1&apos; NEW_NAME`), or split only customers not yet in it as a new wave (`cwb campaign split &apos;%1&apos; --new-wave`), which keeps the existing members.</source>
        <translation>营销活动“%1”不能%2：%3，因此它的分组记录了哪些客户被接触、哪些被留作对照。如需更改，请把它复制为新活动（`cwb campaign copy &apos;%1&apos; NEW_NAME`），或只把尚未加入的客户分组为新波次（`cwb campaign split &apos;%1&apos; --new-wave`），这样会保留现有成员。</translation>
    </message>
    <message>
        <source> and </source>
        <translation>，并且</translation>
    </message>
    <message>
        <source>be changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>be renamed</source>
        <translation>重命名</translation>
    </message>
    <message>
        <source>campaign &apos;%1&apos; has %2 recorded contacts and %3 outcomes; removing it deletes its split and outcomes (the contact history stays). Remove it with --force if that is meant.</source>
        <translation>营销活动“%1”已有 %2 次接触记录和 %3 条外呼结果；删除它会一并删除其分组和外呼结果（接触历史保留）。如确需删除，请加 --force。</translation>
    </message>
</context>
<context>
    <name>cwb::CampaignPlanner</name>
    <message>
        <source>cell &apos;%1&apos;: %2 customers are control already in this period, more than the %3 planned</source>
        <translation>单元“%1”：本期已有 %2 名客户是对照组，多于计划的 %3 名</translation>
    </message>
    <message>
        <source>, wave %1</source>
        <translation>，第 %1 波次</translation>
    </message>
    <message>
        <source>cell &apos;%1&apos;: %2 eligible customers found no room in any wave (channel %3) and are neither target nor control this time: add a wave or capacity</source>
        <translation>单元“%1”：%2 名符合条件的客户在各波次中都没有容量（渠道 %3），本次既不是目标也不是对照：请增加波次或容量</translation>
    </message>
    <message>
        <source>cell &apos;%1&apos;%2: target and control differ on %3 (standardised difference %4), within what chance gives for groups of this size (up to %5 in 19 draws of 20)</source>
        <translation>单元“%1”%2：目标组与对照组在 %3 上有差异（标准化差异 %4），但仍在这种规模的分组随机会出现的范围内（20 次抽样中有 19 次不超过 %5）</translation>
    </message>
    <message>
        <source>cell &apos;%1&apos;%2: target and control differ on %3 (standardised difference %4), more than chance gives for groups of this size (%5)</source>
        <translation>单元“%1”%2：目标组与对照组在 %3 上有差异（标准化差异 %4），超出了这种规模的分组随机会出现的范围（%5）</translation>
    </message>
</context>
<context>
    <name>cwb::CampaignView</name>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>复制(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Delete...</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Import JSON...</source>
        <translation>导入 JSON(&amp;I)…</translation>
    </message>
    <message>
        <source>E&amp;xport JSON...</source>
        <translation>导出 JSON(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;Campaigns</source>
        <translation>营销活动(&amp;C)</translation>
    </message>
    <message>
        <source>Desi&amp;gn</source>
        <translation>设计(&amp;G)</translation>
    </message>
    <message>
        <source>S&amp;plit</source>
        <translation>分组(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Lists</source>
        <translation>名单(&amp;L)</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <source>e.g. 2026-12</source>
        <translation>例如 2026-12</translation>
    </message>
    <message>
        <source>New see&amp;d</source>
        <translation>新种子(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Objective:</source>
        <translation>目标(&amp;O)：</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>负责人(&amp;W)：</translation>
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation>周期(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>开始(&amp;S)：</translation>
    </message>
    <message>
        <source>En&amp;d:</source>
        <translation>结束(&amp;D)：</translation>
    </message>
    <message>
        <source>P&amp;riority:</source>
        <translation>优先级(&amp;R)：</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>种子：</translation>
    </message>
    <message>
        <source>Stratify control &amp;by:</source>
        <translation>对照组分层依据(&amp;B)：</translation>
    </message>
    <message>
        <source>Contact policy</source>
        <translation>接触策略</translation>
    </message>
    <message>
        <source>Blacklist: no marketing at all</source>
        <translation>黑名单：不做任何营销</translation>
    </message>
    <message>
        <source>Graylist of the cell&apos;s channel</source>
        <translation>单元渠道的灰名单</translation>
    </message>
    <message>
        <source>Do-not-disturb answers</source>
        <translation>免打扰答复</translation>
    </message>
    <message>
        <source>Higher-priority campaigns of the period keep their customers</source>
        <translation>同周期优先级更高的活动保留其客户</translation>
    </message>
    <message>
        <source>no fatigue rule</source>
        <translation>无疲劳度规则</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>&amp;Fatigue: at most</source>
        <translation>疲劳度(&amp;F)：最多</translation>
    </message>
    <message>
        <source>contacts in any &amp;window of</source>
        <translation>次接触，任意时间窗(&amp;W)</translation>
    </message>
    <message>
        <source>Cells</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>细分</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>优惠</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Control share</source>
        <translation>对照组比例</translation>
    </message>
    <message>
        <source>Control size</source>
        <translation>对照组人数</translation>
    </message>
    <message>
        <source>A saved segment; leave empty and write a rule instead</source>
        <translation>已保存的细分；留空则改写规则</translation>
    </message>
    <message>
        <source>Share held out as control, e.g. 0.1 for 10%</source>
        <translation>留作对照组的比例，例如 0.1 表示 10%</translation>
    </message>
    <message>
        <source>A fixed control size instead of the share; empty to use the share</source>
        <translation>固定的对照组人数（代替比例）；留空则按比例</translation>
    </message>
    <message>
        <source>&amp;Add cell</source>
        <translation>添加单元(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;move cell</source>
        <translation>删除单元(&amp;M)</translation>
    </message>
    <message>
        <source>Waves</source>
        <translation>波次</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <source>Capacity: %1</source>
        <translation>容量：%1</translation>
    </message>
    <message>
        <source>staff x contacts per staff per day (e.g. 4 x 60), a fixed number (e.g. 500), or empty for no limit</source>
        <translation>人数 x 每人每天接触数（例如 4 x 60）、固定数量（例如 500），留空表示不限</translation>
    </message>
    <message>
        <source>yyyy-mm-dd</source>
        <translation>yyyy-mm-dd</translation>
    </message>
    <message>
        <source>Add &amp;wave</source>
        <translation>添加波次(&amp;W)</translation>
    </message>
    <message>
        <source>Remove wa&amp;ve</source>
        <translation>删除波次(&amp;V)</translation>
    </message>
    <message>
        <source>Sa&amp;ve campaign</source>
        <translation>保存活动(&amp;V)</translation>
    </message>
    <message>
        <source>Save the campaign (%1)</source>
        <translation>保存活动（%1）</translation>
    </message>
    <message>
        <source>New seed</source>
        <translation>新种子</translation>
    </message>
    <message>
        <source>cell %1</source>
        <translation>单元 %1</translation>
    </message>
    <message>
        <source>Add cell</source>
        <translation>添加单元</translation>
    </message>
    <message>
        <source>Remove cell</source>
        <translation>删除单元</translation>
    </message>
    <message>
        <source>test</source>
        <translation>测试</translation>
    </message>
    <message>
        <source>rollout %1</source>
        <translation>推广 %1</translation>
    </message>
    <message>
        <source>Add wave</source>
        <translation>添加波次</translation>
    </message>
    <message>
        <source>Remove wave</source>
        <translation>删除波次</translation>
    </message>
    <message>
        <source>&amp;Split</source>
        <translation>分组(&amp;S)</translation>
    </message>
    <message>
        <source>Plan the split of the campaign as edited (Ctrl+R): waterfall, control group, waves</source>
        <translation>按当前编辑的定义规划活动分组（Ctrl+R）：瀑布图、对照组、波次</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>Co&amp;mmit split</source>
        <translation>提交分组(&amp;M)</translation>
    </message>
    <message>
        <source>Store this split as the campaign&apos;s members (the campaign must be saved as split)</source>
        <translation>将此分组保存为活动成员（活动须按分组时的定义保存）</translation>
    </message>
    <message>
        <source>C&amp;ell:</source>
        <translation>单元(&amp;E)：</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>取值</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标组</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>对照组</translation>
    </message>
    <message>
        <source>Std. difference</source>
        <translation>标准化差异</translation>
    </message>
    <message>
        <source>Target and control means (shares for a level); a standardised difference above %1 is highlighted</source>
        <translation>目标组与对照组的均值（取值则为占比）；标准化差异超过 %1 时高亮</translation>
    </message>
    <message>
        <source>Split the campaign to see its waterfall</source>
        <translation>对活动分组后查看瀑布图</translation>
    </message>
    <message>
        <source>(not stratified)</source>
        <translation>（不分层）</translation>
    </message>
    <message>
        <source>not split</source>
        <translation>未分组</translation>
    </message>
    <message>
        <source>split is OUT OF DATE</source>
        <translation>分组已过期</translation>
    </message>
    <message>
        <source>split: %1 targets, %2 controls</source>
        <translation>已分组：目标 %1，对照 %2</translation>
    </message>
    <message>
        <source>no period</source>
        <translation>无周期</translation>
    </message>
    <message>
        <source>priority %1</source>
        <translation>优先级 %1</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>%1 contacts in the wave</source>
        <translation>本波次 %1 次接触</translation>
    </message>
    <message>
        <source>campaign</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Rename campaign</source>
        <translation>重命名活动</translation>
    </message>
    <message>
        <source>Edit objective</source>
        <translation>编辑目标</translation>
    </message>
    <message>
        <source>Edit owner</source>
        <translation>编辑负责人</translation>
    </message>
    <message>
        <source>Edit period</source>
        <translation>编辑周期</translation>
    </message>
    <message>
        <source>Edit start date</source>
        <translation>编辑开始日期</translation>
    </message>
    <message>
        <source>Edit end date</source>
        <translation>编辑结束日期</translation>
    </message>
    <message>
        <source>Edit priority</source>
        <translation>编辑优先级</translation>
    </message>
    <message>
        <source>Seed: expected a whole number</source>
        <translation>种子：应为整数</translation>
    </message>
    <message>
        <source>Edit seed</source>
        <translation>编辑种子</translation>
    </message>
    <message>
        <source>Edit stratification</source>
        <translation>编辑分层</translation>
    </message>
    <message>
        <source>Edit fatigue rule</source>
        <translation>编辑疲劳度规则</translation>
    </message>
    <message>
        <source>Edit contact policy</source>
        <translation>编辑接触策略</translation>
    </message>
    <message>
        <source>Cell %1, control share: expected a number such as 0.1, not &quot;%2&quot;</source>
        <translation>单元 %1，对照组比例：应为数字，例如 0.1，而不是“%2”</translation>
    </message>
    <message>
        <source>Cell %1, control size: expected a whole number of customers or nothing, not &quot;%2&quot;</source>
        <translation>单元 %1，对照组人数：应为客户数（整数）或留空，而不是“%2”</translation>
    </message>
    <message>
        <source>Edit cell %1</source>
        <translation>编辑单元 %1</translation>
    </message>
    <message>
        <source>Wave %1, start: expected a date as yyyy-mm-dd, not &quot;%2&quot;</source>
        <translation>波次 %1，开始：应为 yyyy-mm-dd 格式的日期，而不是“%2”</translation>
    </message>
    <message>
        <source>Wave %1, days: expected a whole number of days (1 or more), not &quot;%2&quot;</source>
        <translation>波次 %1，天数：应为整数天（至少 1），而不是“%2”</translation>
    </message>
    <message>
        <source>Wave %1, capacity of %2: expected staff x contacts per staff per day (e.g. 4 x 60), a number (e.g. 500) or nothing, not &quot;%3&quot;</source>
        <translation>波次 %1，%2 的容量：应为 人数 x 每人每天接触数（例如 4 x 60）、数字（例如 500）或留空，而不是“%3”</translation>
    </message>
    <message>
        <source>Edit wave %1</source>
        <translation>编辑波次 %1</translation>
    </message>
    <message>
        <source>no workspace is open</source>
        <translation>未打开工作区</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>新活动</translation>
    </message>
    <message>
        <source>cell 1</source>
        <translation>单元 1</translation>
    </message>
    <message>
        <source>Created campaign %1.</source>
        <translation>已创建活动 %1。</translation>
    </message>
    <message>
        <source>no campaign is selected</source>
        <translation>未选择活动</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <source>Deleted campaign %1.</source>
        <translation>已删除活动 %1。</translation>
    </message>
    <message>
        <source>Delete campaign</source>
        <translation>删除活动</translation>
    </message>
    <message>
        <source>Delete campaign %1 and its split? This cannot be undone.</source>
        <translation>删除活动 %1 及其分组？此操作无法撤销。</translation>
    </message>
    <message>
        <source>%1: not a JSON object (%2 at byte %3)</source>
        <translation>%1：不是 JSON 对象（第 %3 字节：%2）</translation>
    </message>
    <message>
        <source>Imported campaign %1.</source>
        <translation>已导入活动 %1。</translation>
    </message>
    <message>
        <source>Import campaign</source>
        <translation>导入活动</translation>
    </message>
    <message>
        <source>Campaigns (*.json)</source>
        <translation>营销活动 (*.json)</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>已导出到 %1。</translation>
    </message>
    <message>
        <source>Export campaign</source>
        <translation>导出活动</translation>
    </message>
    <message>
        <source>Saved campaign %1.</source>
        <translation>已保存活动 %1。</translation>
    </message>
    <message>
        <source>Fix the definition first: %1</source>
        <translation>请先修正定义：%1</translation>
    </message>
    <message>
        <source>Splitting %1...</source>
        <translation>正在分组 %1…</translation>
    </message>
    <message>
        <source>Not split in this session. Split (Ctrl+R) plans the campaign as edited.</source>
        <translation>本次尚未分组。“分组”（Ctrl+R）按当前编辑的定义规划活动。</translation>
    </message>
    <message>
        <source>Seed %1 · %2 members (%3 targets, %4 controls) · contact day %5</source>
        <translation>种子 %1 · %2 名成员（目标 %3，对照 %4）· 接触日 %5</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Warnings:
%1</source>
        <translation>警告：
%1</translation>
    </message>
    <message>
        <source>Split cancelled.</source>
        <translation>分组已取消。</translation>
    </message>
    <message>
        <source>Split failed: %1</source>
        <translation>分组失败：%1</translation>
    </message>
    <message>
        <source>Unbalanced: |standardised difference| &gt; %1</source>
        <translation>不均衡：|标准化差异| &gt; %1</translation>
    </message>
    <message>
        <source>nothing to commit: split first</source>
        <translation>没有可提交的内容：请先分组</translation>
    </message>
    <message>
        <source>Save the campaign as split before committing (the split was planned on a definition that is not the saved one).</source>
        <translation>提交前请按分组时的定义保存活动（该分组基于未保存的定义）。</translation>
    </message>
    <message>
        <source>Committed: the members are stored.</source>
        <translation>已提交：成员已保存。</translation>
    </message>
</context>
<context>
    <name>cwb::ChannelDelegate</name>
    <message>
        <source>Outbound call</source>
        <translation>外呼</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>Direct mail</source>
        <translation>直邮</translation>
    </message>
    <message>
        <source>Door-to-door visit</source>
        <translation>上门拜访</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>营业厅</translation>
    </message>
</context>
<context>
    <name>cwb::ClusterTab</name>
    <message>
        <source>&amp;Run k-means</source>
        <translation>运行 k 均值(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Elbow</source>
        <translation>肘部图(&amp;E)</translation>
    </message>
    <message>
        <source>Save Cluster as &amp;Segment</source>
        <translation>将簇保存为分群(&amp;S)</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>特征</translation>
    </message>
    <message>
        <source>The columns the customers are clustered on</source>
        <translation>用于聚类的列</translation>
    </message>
    <message>
        <source>more features: conditions, separated by ;</source>
        <translation>更多特征：条件，用 ; 分隔</translation>
    </message>
    <message>
        <source>&amp;k (clusters):</source>
        <translation>簇数 &amp;k：</translation>
    </message>
    <message>
        <source>See&amp;d:</source>
        <translation>随机种子(&amp;D)：</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Elbow for k:</source>
        <translation>肘部图 k 范围：</translation>
    </message>
    <message>
        <source>&amp;Features:</source>
        <translation>特征(&amp;F)：</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>簇</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Revenue share</source>
        <translation>收入占比</translation>
    </message>
    <message>
        <source>ARPU vs base</source>
        <translation>ARPU 与全体之比</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>聚类</translation>
    </message>
    <message>
        <source>segment name</source>
        <translation>分群名称</translation>
    </message>
    <message>
        <source>Select a cluster first.</source>
        <translation>请先选择一个簇。</translation>
    </message>
    <message>
        <source>Pick the features and k; the elbow helps choose k.</source>
        <translation>选择特征和 k；肘部图可帮助选择 k。</translation>
    </message>
    <message>
        <source>No customers yet: import an extract first.</source>
        <translation>尚无客户：请先导入客户数据。</translation>
    </message>
    <message>
        <source>Pick at least one feature.</source>
        <translation>请至少选择一个特征。</translation>
    </message>
    <message>
        <source>The elbow needs a range of k: from %1 to a larger k.</source>
        <translation>肘部图需要一个 k 范围：从 %1 到更大的 k。</translation>
    </message>
    <message>
        <source>Clustering for k = %1 to %2…</source>
        <translation>正在对 k = %1 至 %2 聚类…</translation>
    </message>
    <message>
        <source>Clustering into %1…</source>
        <translation>正在聚成 %1 个簇…</translation>
    </message>
    <message>
        <source> on a sample of %1</source>
        <translation>（基于 %1 个样本）</translation>
    </message>
    <message>
        <source>Elbow: inertia and silhouette by k</source>
        <translation>肘部图：各 k 的簇内平方和与轮廓系数</translation>
    </message>
    <message>
        <source>Inertia</source>
        <translation>簇内平方和</translation>
    </message>
    <message>
        <source>Silhouette</source>
        <translation>轮廓系数</translation>
    </message>
    <message>
        <source>k</source>
        <translation>k</translation>
    </message>
    <message>
        <source>cluster %1 of %2 on %3: %4</source>
        <translation>簇 %1/%2（特征 %3）：%4</translation>
    </message>
    <message>
        <source>Saved cluster %1 as the list segment %2 (%3 customers).</source>
        <translation>已将簇 %1 保存为名单分群 %2（%3 位客户）。</translation>
    </message>
    <message>
        <source>Save Segment %1</source>
        <translation>保存分群 %1</translation>
    </message>
    <message>
        <source>Independent k-means++ starts; the one with the lowest inertia is kept</source>
        <translation>独立运行 k-means++ 的次数；保留簇内平方和最小的一次</translation>
    </message>
    <message>
        <source>S&amp;tarts:</source>
        <translation>运行次数(&amp;T)：</translation>
    </message>
    <message>
        <source>%1 customers clustered into %2 (%3 left out: a feature missing); silhouette %4%5. Inertia %6, the best of %7 starts; %8 of them reached it.</source>
        <translation>%1 位客户聚成 %2 个簇（%3 位因缺少特征未参与）；轮廓系数 %4%5。簇内平方和 %6，为 %7 次运行中的最优；其中 %8 次达到该值。</translation>
    </message>
</context>
<context>
    <name>cwb::ContactListsPanel</name>
    <message>
        <source>&amp;Import list file...</source>
        <translation>导入名单文件(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Draw universal control</source>
        <translation>抽取全局对照组(&amp;D)</translation>
    </message>
    <message>
        <source>Contact lists</source>
        <translation>接触名单</translation>
    </message>
    <message>
        <source>List</source>
        <translation>名单</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>条目数</translation>
    </message>
    <message>
        <source>Import a list</source>
        <translation>导入名单</translation>
    </message>
    <message>
        <source>Blacklist (no marketing at all)</source>
        <translation>黑名单（不做任何营销）</translation>
    </message>
    <message>
        <source>Graylist (no contact through one channel)</source>
        <translation>灰名单（不通过某一渠道接触）</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>免打扰</translation>
    </message>
    <message>
        <source>optional, e.g. complaint</source>
        <translation>可选，例如 投诉</translation>
    </message>
    <message>
        <source>&amp;List:</source>
        <translation>名单(&amp;L)：</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>渠道(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>Rejected lines of the last import</source>
        <translation>上次导入被拒绝的行</translation>
    </message>
    <message>
        <source>Universal control group</source>
        <translation>全局对照组</translation>
    </message>
    <message>
        <source>A share of the whole base that no campaign of the period contacts. A period is drawn once.</source>
        <translation>全体客户中的一定比例，本周期任何活动都不接触。每个周期只抽取一次。</translation>
    </message>
    <message>
        <source>e.g. 2026-12</source>
        <translation>例如 2026-12</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>周期(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Share:</source>
        <translation>比例(&amp;S)：</translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation>种子(&amp;E)：</translation>
    </message>
    <message>
        <source>Blacklist</source>
        <translation>黑名单</translation>
    </message>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Graylist</source>
        <translation>灰名单</translation>
    </message>
    <message>
        <source>%1: %2 read, %3 added (%4 customer ids, %5 phone numbers), %6 listed before, %7 rejected.</source>
        <translation>%1：读取 %2 条，新增 %3 条（客户ID %4 个，电话号码 %5 个），已在名单中 %6 条，拒绝 %7 条。</translation>
    </message>
    <message>
        <source>Import list file</source>
        <translation>导入名单文件</translation>
    </message>
    <message>
        <source>Lists (*.csv *.txt);;All files (*)</source>
        <translation>名单 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>no workspace is open</source>
        <translation>未打开工作区</translation>
    </message>
    <message>
        <source>Period: enter the period the group is for, e.g. 2026-12</source>
        <translation>周期：请输入对照组所属周期，例如 2026-12</translation>
    </message>
    <message>
        <source>Seed: expected a whole number</source>
        <translation>种子：应为整数</translation>
    </message>
    <message>
        <source>Enter a period to see its group.</source>
        <translation>输入周期以查看其对照组。</translation>
    </message>
    <message>
        <source>Period %1: %2 customers drawn.</source>
        <translation>周期 %1：已抽取 %2 名客户。</translation>
    </message>
    <message>
        <source>Period %1: not drawn yet.</source>
        <translation>周期 %1：尚未抽取。</translation>
    </message>
</context>
<context>
    <name>cwb::CsvReader</name>
    <message>
        <source>%1: line %2: a quoted field runs on for more than %3 MB without its closing quote; a stray &apos;&quot;&apos; on that line probably opened it (a quoted field may span lines, so it takes in the rest of the file)</source>
        <translation>%1：第 %2 行：一个带引号的字段超过 %3 MB 仍未出现结束引号；很可能是该行中多余的“&quot;”开启了它（带引号的字段可以跨行，因此它吞掉了文件的其余部分）</translation>
    </message>
    <message>
        <source>%1: line %2: a record runs on for more than %3 MB over several lines (quoted fields may span lines); is a quote misplaced?</source>
        <translation>%1：第 %2 行：一条记录跨越多行，超过了 %3 MB（带引号的字段可以跨行）；是否有引号位置不对？</translation>
    </message>
    <message>
        <source>%1: line %2 runs on for more than %3 MB without a line break; a table of rows has no lines that long: is it the right file?</source>
        <translation>%1：第 %2 行超过 %3 MB 仍没有换行；数据表不会有这么长的行：是不是选错了文件？</translation>
    </message>
    <message>
        <source>unknown delimiter &apos;%1&apos; (expected auto, &apos;,&apos;, &apos;;&apos;, tab or pipe)</source>
        <translation>未知分隔符“%1”（应为 auto、“,”、“;”、tab 或 pipe）</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>UTF-8 byte order mark</source>
        <translation>UTF-8 字节顺序标记（BOM）</translation>
    </message>
    <message>
        <source>UTF-32 byte order mark</source>
        <translation>UTF-32 字节顺序标记（BOM）</translation>
    </message>
    <message>
        <source>UTF-16 byte order mark</source>
        <translation>UTF-16 字节顺序标记（BOM）</translation>
    </message>
    <message>
        <source>no byte order mark; NUL bytes fall where %1 text has them</source>
        <translation>没有字节顺序标记；NUL 字节的位置与 %1 文本一致</translation>
    </message>
    <message>
        <source>the first %1 bytes are valid UTF-8</source>
        <translation>前 %1 个字节是有效的 UTF-8</translation>
    </message>
    <message>
        <source>GB18030 decoding is not available on this system</source>
        <translation>此系统不支持 GB18030 解码</translation>
    </message>
    <message>
        <source>%1: line %2 (byte %3): the text is neither UTF-8 nor GBK/GB18030; save it as UTF-8 or name the encoding with --encoding</source>
        <translation>%1：第 %2 行（第 %3 字节）：文本既不是 UTF-8，也不是 GBK/GB18030；请另存为 UTF-8，或用 --encoding 指定编码</translation>
    </message>
    <message>
        <source>not valid UTF-8 at byte %1; decodes as GB18030</source>
        <translation>第 %1 字节处不是有效的 UTF-8；可按 GB18030 解码</translation>
    </message>
    <message>
        <source>chosen by the user</source>
        <translation>由用户指定</translation>
    </message>
    <message>
        <source>chosen by the user; no byte order mark, read as %1</source>
        <translation>由用户指定；没有字节顺序标记，按 %1 读取</translation>
    </message>
    <message>
        <source>unknown encoding &apos;%1&apos; (expected auto, utf-8, gb18030 or utf-16)</source>
        <translation>未知编码“%1”（应为 auto、utf-8、gb18030 或 utf-16）</translation>
    </message>
    <message>
        <source>%1: line %2: invalid UTF-8 text (the file was read as UTF-8; if it was saved as GBK/GB18030, import with --encoding gb18030)</source>
        <translation>%1：第 %2 行：无效的 UTF-8 文本（文件是按 UTF-8 读取的；如果它保存为 GBK/GB18030，请用 --encoding gb18030 导入）</translation>
    </message>
    <message>
        <source>%1: read error: %2</source>
        <translation>%1：读取错误：%2</translation>
    </message>
    <message>
        <source>%1: near line %2: bytes that are not valid %3</source>
        <translation>%1：第 %2 行附近：有不是有效 %3 的字节</translation>
    </message>
    <message>
        <source>%1: cannot read at byte %2: %3</source>
        <translation>%1：无法读取第 %2 字节处：%3</translation>
    </message>
    <message>
        <source>%1: line %2: a quoted field is not closed before the end of the file</source>
        <translation>%1：第 %2 行：带引号的字段直到文件结尾都没有结束</translation>
    </message>
</context>
<context>
    <name>cwb::CustomerTableModel</name>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>cwb::DataBrowserView</name>
    <message>
        <source>Filter: type part of a name, id, phone…</source>
        <translation>筛选：输入姓名、编号、电话的一部分…</translation>
    </message>
    <message>
        <source>Shows the customers whose value contains this text (Enter applies at once)</source>
        <translation>显示取值包含此文字的客户（按回车立即应用）</translation>
    </message>
    <message>
        <source>The column the filter looks in</source>
        <translation>筛选所查找的列</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>筛选(&amp;F)：</translation>
    </message>
    <message>
        <source>in</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Cannot read the customers: %1</source>
        <translation>无法读取客户：%1</translation>
    </message>
    <message>
        <source>all text columns</source>
        <translation>所有文本列</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>没有打开工作区。</translation>
    </message>
    <message>
        <source>This workspace holds no customers yet. Import a customer extract to browse it here.</source>
        <translation>此工作区还没有客户。导入客户宽表后即可在此浏览。</translation>
    </message>
    <message>
        <source>%1 customers</source>
        <translation>%1 位客户</translation>
    </message>
    <message>
        <source>%1 of %2 customers match</source>
        <translation>%2 位客户中有 %1 位匹配</translation>
    </message>
    <message>
        <source>Not copied: %1 cells selected, at most %2 can be copied</source>
        <translation>未复制：选中了 %1 个单元格，最多可复制 %2 个</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) copied</source>
        <translation>
            <numerusform>已复制 %n 个单元格</numerusform>
        </translation>
    </message>
    <message>
        <source>Original &amp;order</source>
        <translation>原始顺序(&amp;O)</translation>
    </message>
</context>
<context>
    <name>cwb::DataStep</name>
    <message>
        <source>Import Extract…</source>
        <translation>导入宽表…</translation>
    </message>
    <message>
        <source>Customer data</source>
        <translation>客户数据</translation>
    </message>
    <message>
        <source>Load a customer extract (CSV or Excel) into this workspace</source>
        <translation>把客户宽表（CSV 或 Excel）导入此工作区</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Data Audit</source>
        <translation>数据审核</translation>
    </message>
    <message>
        <source>Rejected Rows</source>
        <translation>被拒绝的行</translation>
    </message>
</context>
<context>
    <name>cwb::Database</name>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>%1 is busy: another program or task is writing it right now. Try again when it has finished; nothing was changed.</source>
        <translation>%1 正忙：另一个程序或任务正在写入它。请等其完成后重试；没有做任何更改。</translation>
    </message>
    <message>
        <source>%1 is damaged (%2). It was left as it is: restore the workspace from a copy, or import the extract again into a new workspace.</source>
        <translation>%1 已损坏（%2）。文件保持原样：请从副本恢复工作区，或把宽表重新导入到新的工作区。</translation>
    </message>
    <message>
        <source>The disk holding %1 is full (%2 MB free). Free some space and try again; the workspace was left as it was.</source>
        <translation>存放 %1 的磁盘已满（剩余 %2 MB）。请释放一些空间后重试；工作区保持原样。</translation>
    </message>
    <message>
        <source>No permission to write in the folder %1, which %2 needs for its journal. Copy the workspace to a folder you can write, or open it read-only.</source>
        <translation>没有在文件夹 %1 中写入的权限，而 %2 需要在那里写入日志文件。请把工作区复制到您有写入权限的文件夹，或以只读方式打开。</translation>
    </message>
    <message>
        <source>%1 is open read-only here; this needs a workspace open for writing.</source>
        <translation>%1 在此以只读方式打开；此操作需要以可写方式打开的工作区。</translation>
    </message>
    <message>
        <source>%1 is read-only (its file permissions or a read-only disk). Open it read-only, or copy it to a folder you can write.</source>
        <translation>%1 是只读的（文件权限或只读磁盘所致）。请以只读方式打开，或把它复制到您有写入权限的文件夹。</translation>
    </message>
    <message>
        <source>cannot open %1: the folder %2 does not exist</source>
        <translation>无法打开 %1：文件夹 %2 不存在</translation>
    </message>
    <message>
        <source>cannot open %1: %2%3</source>
        <translation>无法打开 %1：%2%3</translation>
    </message>
    <message>
        <source>cannot read or write %1: %2 (%3)</source>
        <translation>无法读写 %1：%2（%3）</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>无法读取 %1</translation>
    </message>
    <message>
        <source>database error preparing &quot;%1&quot;: %2</source>
        <translation>准备“%1”时出现数据库错误：%2</translation>
    </message>
    <message>
        <source>database error (%1, code %2) in &quot;%3&quot;: %4</source>
        <translation>执行“%3”时出现数据库错误（%1，代码 %2）：%4</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>database error in &quot;%1&quot;: %2</source>
        <translation>执行“%1”时出现数据库错误：%2</translation>
    </message>
</context>
<context>
    <name>cwb::EncryptedCopy</name>
    <message>
        <source>not enough memory for the key</source>
        <translation>内存不足，无法存放密钥</translation>
    </message>
    <message>
        <source>not enough memory to derive the key from the passphrase (Argon2id needs %1 MiB)</source>
        <translation>内存不足，无法由密码生成密钥（Argon2id 需要 %1 MiB）</translation>
    </message>
    <message>
        <source>%1 is not an encrypted copy: it is an unencrypted SQLite file (a workspace .cwb opens as it is)</source>
        <translation>%1 不是加密副本：它是未加密的 SQLite 文件（工作区 .cwb 可直接打开）</translation>
    </message>
    <message>
        <source>%1 is not an encrypted copy of a workspace (it does not start with CWBX)</source>
        <translation>%1 不是工作区的加密副本（文件开头不是 CWBX）</translation>
    </message>
    <message>
        <source>%1 is truncated: its header has %2 of %3 bytes</source>
        <translation>%1 不完整：其文件头只有 %2 字节，应为 %3 字节</translation>
    </message>
    <message>
        <source>%1 was written by a newer Campaign Workbench (encrypted copy format %2; this version reads format %3). Update the application to open it</source>
        <translation>%1 由更新版本的营销活动工作台写入（加密副本格式 %2；本版本读取格式 %3）。请更新应用程序后再打开</translation>
    </message>
    <message>
        <source>%1 has a damaged header (format %2, key derivation %3, cipher %4; expected %5, %6, %7)</source>
        <translation>%1 的文件头已损坏（格式 %2，密钥派生 %3，加密算法 %4；应为 %5、%6、%7）</translation>
    </message>
    <message>
        <source>%1 has a damaged header: its key parameters (%2 passes, %3 bytes of memory) or chunk size (%4 bytes) are out of range</source>
        <translation>%1 的文件头已损坏：其密钥参数（%2 轮，%3 字节内存）或分块大小（%4 字节）超出范围</translation>
    </message>
    <message>
        <source>cannot create a file in %1: %2</source>
        <translation>无法在 %1 中创建文件：%2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>the result cannot replace %1 itself</source>
        <translation>结果文件不能替换 %1 本身</translation>
    </message>
    <message>
        <source>%1 is a folder</source>
        <translation>%1 是文件夹</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name</source>
        <translation>%1 已存在；请换一个名称</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>文件夹 %1 不存在</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>the passphrase is too short: it has %1 characters, an encrypted copy needs at least %2</source>
        <translation>密码太短：只有 %1 个字符，加密副本至少需要 %2 个</translation>
    </message>
    <message>
        <source>key parameters out of range: %1 passes, %2 bytes of memory</source>
        <translation>密钥参数超出范围：%1 轮，%2 字节内存</translation>
    </message>
    <message>
        <source>cannot create a private temporary folder: %1</source>
        <translation>无法创建私有临时文件夹：%1</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>no passphrase was given</source>
        <translation>没有提供密码</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 不存在</translation>
    </message>
    <message>
        <source>%1 is open in this program; close it first or choose another name</source>
        <translation>%1 已在本程序中打开；请先关闭它，或换一个名称</translation>
    </message>
    <message>
        <source>%1 has a damaged header</source>
        <translation>%1 的文件头已损坏</translation>
    </message>
    <message>
        <source>%1 is truncated: it ends at byte %2, before the end of the encrypted data. Ask for the file again</source>
        <translation>%1 不完整：它在第 %2 字节处结束，加密数据尚未结束。请重新索取该文件</translation>
    </message>
    <message>
        <source>cannot decrypt %1: the passphrase is wrong, or the file was altered</source>
        <translation>无法解密 %1：密码错误，或文件已被改动</translation>
    </message>
    <message>
        <source>cannot decrypt %1: the file was altered or damaged (chunk %2, bytes %3 to %4, fails its check). Ask for the file again</source>
        <translation>无法解密 %1：文件已被改动或损坏（第 %2 块，第 %3 至 %4 字节，校验未通过）。请重新索取该文件</translation>
    </message>
    <message>
        <source>%1 is damaged: chunk %2 has an unknown tag %3</source>
        <translation>%1 已损坏：第 %2 块带有未知标记 %3</translation>
    </message>
    <message>
        <source>%1 was altered: %2 bytes follow the end of the encrypted data</source>
        <translation>%1 已被改动：加密数据结束后还有 %2 字节</translation>
    </message>
    <message>
        <source>%1 decrypts, but not to a workspace: %2</source>
        <translation>%1 可以解密，但解密结果不是工作区：%2</translation>
    </message>
    <message>
        <source>the cryptography library (libsodium) cannot be initialised</source>
        <translation>无法初始化加密库（libsodium）</translation>
    </message>
    <message>
        <source>not enough memory for the passphrase</source>
        <translation>内存不足，无法存放密码</translation>
    </message>
    <message>
        <source>the passphrase is not UTF-8 text</source>
        <translation>密码不是 UTF-8 文本</translation>
    </message>
</context>
<context>
    <name>cwb::EncryptedCopyFlow</name>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 已存在。要替换它吗？</translation>
    </message>
    <message>
        <source>Save Encrypted Copy</source>
        <translation>保存加密副本</translation>
    </message>
    <message>
        <source>Encrypted workspace copies (*.cwbx)</source>
        <translation>加密的工作区副本 (*.cwbx)</translation>
    </message>
    <message>
        <source>The encrypted copy cannot replace the workspace itself.</source>
        <translation>加密副本不能替换工作区本身。</translation>
    </message>
    <message>
        <source>Open Encrypted Copy</source>
        <translation>打开加密副本</translation>
    </message>
    <message>
        <source>Save the Decrypted Workspace As</source>
        <translation>将解密后的工作区另存为</translation>
    </message>
    <message>
        <source>Campaign Workbench workspaces (*.cwb)</source>
        <translation>营销活动工作台工作区 (*.cwb)</translation>
    </message>
    <message>
        <source>%1 is open or is the encrypted copy itself; choose another name for the decrypted workspace.</source>
        <translation>%1 已打开，或就是该加密副本本身；请为解密后的工作区换一个名称。</translation>
    </message>
</context>
<context>
    <name>cwb::EncryptedCopyProgressDialog</name>
    <message>
        <source>Encrypting %1</source>
        <translation>正在加密 %1</translation>
    </message>
    <message>
        <source>Decrypting %1</source>
        <translation>正在解密 %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Making a consistent copy of the workspace and deriving the key from the passphrase…</source>
        <translation>正在生成工作区的一致副本，并由密码生成密钥…</translation>
    </message>
    <message>
        <source>Deriving the key from the passphrase…</source>
        <translation>正在由密码生成密钥…</translation>
    </message>
    <message>
        <source>Encrypting: %1 of %2</source>
        <translation>正在加密：%1 / %2</translation>
    </message>
    <message>
        <source>Decrypting: %1 of %2</source>
        <translation>正在解密：%1 / %2</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>cwb::EvaluationView</name>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>Wave</source>
        <translation>波次</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>目标客户</translation>
    </message>
    <message>
        <source>Called</source>
        <translation>已外呼</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>接通</translation>
    </message>
    <message>
        <source>Intentions</source>
        <translation>意向</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>竣工</translation>
    </message>
    <message>
        <source>Connect rate</source>
        <translation>接通率</translation>
    </message>
    <message>
        <source>Intention rate</source>
        <translation>意向率</translation>
    </message>
    <message>
        <source>Completion rate</source>
        <translation>竣工率</translation>
    </message>
    <message>
        <source>Success rate</source>
        <translation>成功率</translation>
    </message>
    <message>
        <source>Package match</source>
        <translation>套餐匹配</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>样本</translation>
    </message>
    <message>
        <source>small</source>
        <translation>小样本</translation>
    </message>
    <message>
        <source>&amp;Evaluate</source>
        <translation>评估(&amp;E)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Import &amp;Outcomes…</source>
        <translation>导入外呼结果(&amp;O)…</translation>
    </message>
    <message>
        <source>Import &amp;Follow-up…</source>
        <translation>导入回访数据(&amp;F)…</translation>
    </message>
    <message>
        <source>Open &amp;Test/Control File…</source>
        <translation>打开测试/对照文件(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Campaign:</source>
        <translation>营销活动(&amp;C)：</translation>
    </message>
    <message>
        <source>Evaluate the campaign with the options below</source>
        <translation>按下方选项评估营销活动</translation>
    </message>
    <message>
        <source>Import the call outcomes of a campaign (CSV or Excel, from the agents or the call system)</source>
        <translation>导入营销活动的外呼结果（CSV 或 Excel，来自坐席或外呼系统）</translation>
    </message>
    <message>
        <source>Import the follow-up extract (billing after the campaign): conversion and ARPU change are measured on it</source>
        <translation>导入回访数据（活动后的账单）：转化和 ARPU 变化据此计算</translation>
    </message>
    <message>
        <source>Evaluate a finished test/control file (one row per customer)</source>
        <translation>评估已完成的测试/对照文件（每行一个客户）</translation>
    </message>
    <message>
        <source>ARPU change = this column in the follow-up extract − the same column in the customer extract</source>
        <translation>ARPU 变化 = 回访数据中的此列 − 客户数据中的同一列</translation>
    </message>
    <message>
        <source>PLAN.json for ROI plan vs actual (optional)</source>
        <translation>用于 ROI 计划与实际对比的 PLAN.json（可选）</translation>
    </message>
    <message>
        <source>&amp;Plan…</source>
        <translation>计划(&amp;P)…</translation>
    </message>
    <message>
        <source>Con&amp;version rule:</source>
        <translation>转化规则(&amp;V)：</translation>
    </message>
    <message>
        <source>Fee co&amp;lumn:</source>
        <translation>费用列(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Breakdown:</source>
        <translation>细分(&amp;B)：</translation>
    </message>
    <message>
        <source>%1 rows…</source>
        <translation>%1 行…</translation>
    </message>
    <message>
        <source>Called (coverage)</source>
        <translation>已外呼（覆盖率）</translation>
    </message>
    <message>
        <source>F&amp;unnel &amp;&amp; Uplift</source>
        <translation>漏斗与提升(&amp;U)</translation>
    </message>
    <message>
        <source>By &amp;Day</source>
        <translation>按日(&amp;D)</translation>
    </message>
    <message>
        <source>Brea&amp;kdown</source>
        <translation>细分(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Agents</source>
        <translation>坐席(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Refusals &amp;&amp; Outcomes</source>
        <translation>拒绝与结果(&amp;R)</translation>
    </message>
    <message>
        <source>Conversion, target vs control</source>
        <translation>转化：目标组对比对照组</translation>
    </message>
    <message>
        <source>ARPU change, target vs control</source>
        <translation>ARPU 变化：目标组对比对照组</translation>
    </message>
    <message>
        <source>ROI, plan vs actual</source>
        <translation>ROI：计划对比实际</translation>
    </message>
    <message>
        <source>C&amp;lose File</source>
        <translation>关闭文件(&amp;L)</translation>
    </message>
    <message>
        <source>Responses, each target group vs control</source>
        <translation>响应：各目标组对比对照组</translation>
    </message>
    <message>
        <source>Amounts, each target group vs control</source>
        <translation>金额：各目标组对比对照组</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n attempt(s))</source>
        <translation>
            <numerusform>%1（%n 次外呼）</numerusform>
        </translation>
    </message>
    <message>
        <source>No campaign with call outcomes yet</source>
        <translation>还没有带外呼结果的营销活动</translation>
    </message>
    <message>
        <source>A campaign is evaluated from the outcomes of its calls. Split the campaign in the Campaigns step, then import the outcome file the agents or the call system return with &lt;b&gt;Import Outcomes…&lt;/b&gt; above, or on the command line:</source>
        <translation>营销活动根据其外呼结果进行评估。先在“营销活动”步骤中拆分活动，再用上方的&lt;b&gt;导入外呼结果…&lt;/b&gt;导入坐席或外呼系统返回的结果文件，或在命令行中：</translation>
    </message>
    <message>
        <source>Conversion and ARPU change against the control group need the follow-up extract (billing after the campaign): &lt;b&gt;Import Follow-up…&lt;/b&gt;.</source>
        <translation>与对照组比较转化和 ARPU 变化需要回访数据（活动后的账单）：&lt;b&gt;导入回访数据…&lt;/b&gt;。</translation>
    </message>
    <message>
        <source>A finished test/control file from elsewhere can be evaluated at once with &lt;b&gt;Open Test/Control File…&lt;/b&gt;.</source>
        <translation>来自其他地方的已完成测试/对照文件可以直接用&lt;b&gt;打开测试/对照文件…&lt;/b&gt;评估。</translation>
    </message>
    <message>
        <source>Open a workspace to evaluate its campaigns, or evaluate a finished test/control file with &lt;b&gt;Open Test/Control File…&lt;/b&gt;.</source>
        <translation>打开工作区以评估其营销活动，或用&lt;b&gt;打开测试/对照文件…&lt;/b&gt;评估已完成的测试/对照文件。</translation>
    </message>
    <message>
        <source>Evaluating %1…</source>
        <translation>正在评估 %1…</translation>
    </message>
    <message>
        <source>Importing outcomes of %1 from %2…</source>
        <translation>正在从 %2 导入 %1 的外呼结果…</translation>
    </message>
    <message>
        <source>Importing the follow-up extract %1…</source>
        <translation>正在导入回访数据 %1…</translation>
    </message>
    <message>
        <source>Conversion rule: %1</source>
        <translation>转化规则：%1</translation>
    </message>
    <message>
        <source>%1 was imported before for %2: nothing changed.</source>
        <translation>%1 之前已为 %2 导入：没有变化。</translation>
    </message>
    <message>
        <source>%1: %2 attempts added, %3 unchanged, %4 rejected, %5 added to do-not-disturb.</source>
        <translation>%1：新增 %2 次外呼，%3 次未变，%4 行被拒，%5 人加入勿扰名单。</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) rejected (all are kept in the workspace), first:</source>
        <translation>
            <numerusform>%n 行被拒（全部保存在工作区中），前几行：</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow-up extract %1: %2 customers, %3 rejected.</source>
        <translation>回访数据 %1：%2 个客户，%3 行被拒。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) rejected, first:</source>
        <translation>
            <numerusform>%n 行被拒，前几行：</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 targets, %3 controls (%4 universal controls left out), %5 call attempts. Rates with %6 Wilson intervals; groups with fewer than %7 connected customers are flagged small.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;：目标客户 %2 个，对照客户 %3 个（不计全局对照 %4 个），外呼 %5 次。比率附 %6 Wilson 区间；接通客户少于 %7 个的分组标为小样本。</translation>
    </message>
    <message>
        <source>Uplift: give a conversion rule (and import the follow-up extract) to compare target and control</source>
        <translation>提升：请给出转化规则（并导入回访数据）以比较目标组和对照组</translation>
    </message>
    <message>
        <source>Conversion uplift vs control: %1</source>
        <translation>相对对照组的转化提升：%1</translation>
    </message>
    <message>
        <source>Fewer than %1 connected customers: the rates are noisy</source>
        <translation>接通客户少于 %1 个：比率波动大</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>拒绝：%1</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>外呼次数</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>累计</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标组</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>对照组</translation>
    </message>
    <message>
        <source>Uplift</source>
        <translation>提升</translation>
    </message>
    <message>
        <source>%1 interval (pp)</source>
        <translation>%1 区间（百分点）</translation>
    </message>
    <message>
        <source>p-value</source>
        <translation>p 值</translation>
    </message>
    <message>
        <source>Missing (target / control)</source>
        <translation>缺失（目标组 / 对照组）</translation>
    </message>
    <message>
        <source>%1 (n %2)</source>
        <translation>%1（n %2）</translation>
    </message>
    <message>
        <source>Fee column</source>
        <translation>费用列</translation>
    </message>
    <message>
        <source>Target mean change</source>
        <translation>目标组平均变化</translation>
    </message>
    <message>
        <source>Control mean change</source>
        <translation>对照组平均变化</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差值</translation>
    </message>
    <message>
        <source>Welch interval</source>
        <translation>Welch 区间</translation>
    </message>
    <message>
        <source>Welch p</source>
        <translation>Welch p 值</translation>
    </message>
    <message numerus="yes">
        <source>Bootstrap interval (%n resamples)</source>
        <translation>
            <numerusform>Bootstrap 区间（%n 次重抽样）</numerusform>
        </translation>
    </message>
    <message>
        <source>Incremental revenue / month</source>
        <translation>每月增量收入</translation>
    </message>
    <message>
        <source>Completions</source>
        <translation>竣工</translation>
    </message>
    <message>
        <source>Incremental completions</source>
        <translation>增量竣工</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>净收益</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Plan forecast</source>
        <translation>计划预测</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 rows; control %3 = “%4”: %5 rows; %n target group(s); %6 intervals.</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;：%2 行；对照组 %3 = “%4”：%5 行；目标组 %n 个；%6 区间。</numerusform>
        </translation>
    </message>
    <message>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>响应</translation>
    </message>
    <message>
        <source>%1 interval (pp, Newcombe)</source>
        <translation>%1 区间（百分点，Newcombe）</translation>
    </message>
    <message>
        <source>z</source>
        <translation>z</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Target mean</source>
        <translation>目标组均值</translation>
    </message>
    <message>
        <source>Control mean</source>
        <translation>对照组均值</translation>
    </message>
    <message>
        <source>t</source>
        <translation>t</translation>
    </message>
    <message>
        <source>df</source>
        <translation>自由度</translation>
    </message>
    <message>
        <source>No response column chosen: no uplift</source>
        <translation>未选择响应列：无提升</translation>
    </message>
    <message>
        <source>Uplift vs control (%1)</source>
        <translation>相对对照组的提升（%1）</translation>
    </message>
    <message>
        <source>No campaign was split yet: split a campaign in the Campaigns step before importing its call outcomes.</source>
        <translation>还没有拆分过的营销活动：请先在“营销活动”步骤中拆分活动，再导入其外呼结果。</translation>
    </message>
    <message>
        <source>Import Outcomes</source>
        <translation>导入外呼结果</translation>
    </message>
    <message>
        <source>The campaign the calls belong to:</source>
        <translation>外呼所属的营销活动：</translation>
    </message>
    <message>
        <source>Import Outcomes of %1</source>
        <translation>导入 %1 的外呼结果</translation>
    </message>
    <message>
        <source>Outcome files (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>外呼结果文件 (*.csv *.txt *.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Import Follow-up Extract</source>
        <translation>导入回访数据</translation>
    </message>
    <message>
        <source>Extracts (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>数据文件 (*.csv *.txt *.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>ROI Plan</source>
        <translation>ROI 计划</translation>
    </message>
    <message>
        <source>Plans (*.json);;All files (*)</source>
        <translation>计划 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>RO&amp;I plan:</source>
        <translation>ROI 计划(&amp;I)：</translation>
    </message>
    <message>
        <source>Confide&amp;nce level:</source>
        <translation>置信水平(&amp;N)：</translation>
    </message>
    <message>
        <source>Tar&amp;get vs Control</source>
        <translation>目标组对比对照组(&amp;G)</translation>
    </message>
    <message>
        <source>Daily/&amp;Weekly Report…</source>
        <translation>日报/周报(&amp;W)…</translation>
    </message>
    <message>
        <source>Write the campaign&apos;s daily battle report or weekly summary as a PDF or an Excel workbook</source>
        <translation>把活动的日战报或周总结写成 PDF 或 Excel 工作簿</translation>
    </message>
    <message>
        <source>Agreed (paid)</source>
        <translation>同意办理</translation>
    </message>
    <message>
        <source>Agreed (trial)</source>
        <translation>同意试用</translation>
    </message>
    <message>
        <source>Considering</source>
        <translation>考虑</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>免打扰</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>号码错误</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>未接通</translation>
    </message>
    <message>
        <source>Whole campaign</source>
        <translation>整个活动</translation>
    </message>
    <message>
        <source>p (Holm): adjusted for the groups of a table tested together.</source>
        <translation>p（Holm）：已按同一表中一起检验的各组进行校正。</translation>
    </message>
    <message>
        <source>Several groups tested at once: beside each p-value, Holm&apos;s adjusted p (the p-values sorted, the smallest times the number of tests, the next times one fewer, never below the one before, at most 1) keeps the chance of any false finding among them at the test level.</source>
        <translation>同时检验多个组：每个 p 值旁边给出 Holm 校正后的 p 值（将 p 值从小到大排序，最小的乘以检验次数，下一个乘以少一的次数，且不小于前一个，最大为 1），使这些检验中出现任何误判的概率不超过检验水平。</translation>
    </message>
    <message>
        <source>Coverage (call cells)</source>
        <translation>覆盖率（外呼单元）</translation>
    </message>
    <message>
        <source>Success vs others</source>
        <translation>成功率对比其他组</translation>
    </message>
    <message>
        <source>p (Holm)</source>
        <translation>p（Holm）</translation>
    </message>
    <message>
        <source>Relative [%1 interval]</source>
        <translation>相对提升 [%1 区间]</translation>
    </message>
    <message>
        <source>%1 (offer %2)</source>
        <translation>%1（套餐 %2）</translation>
    </message>
    <message>
        <source>Plan forecast (%1, %2 months) for the actual targets</source>
        <translation>计划预测（%1，%2 个月），按实际目标客户计</translation>
    </message>
    <message>
        <source>Actual, %1 interval</source>
        <translation>实际值，%1 区间</translation>
    </message>
    <message>
        <source>planned %1</source>
        <translation>计划 %1</translation>
    </message>
    <message>
        <source>What counts as conversion, a rule over the follow-up extract, e.g. package = &quot;LD 200&quot; (empty: each cell&apos;s own offer)</source>
        <translation>什么算转化：回访数据上的规则，例如 package = &quot;LD 200&quot;（留空：按各单元自己的套餐）</translation>
    </message>
    <message>
        <source>each cell&apos;s own offer</source>
        <translation>各单元自己的套餐</translation>
    </message>
    <message>
        <source>ROI, plan vs actual: the plan per target, for the campaign&apos;s actual targets; the actual intervals carry the conversion uplift&apos;s interval</source>
        <translation>ROI：计划对比实际：计划值按每位目标客户计算，并换算到活动的实际目标客户数；实际值的区间沿用转化提升的区间</translation>
    </message>
    <message>
        <source>ROI, plan vs actual: choose the campaign&apos;s ROI plan (PLAN.json) above, then evaluate (conversion counts each cell&apos;s offer unless a rule is given).</source>
        <translation>ROI：计划对比实际：请在上方选择该活动的 ROI 计划（PLAN.json），然后评估（除非给出规则，否则转化按各单元的套餐计算）。</translation>
    </message>
</context>
<context>
    <name>cwb::FileEvaluationDialog</name>
    <message>
        <source>Evaluate a Test/Control File</source>
        <translation>评估测试/对照文件</translation>
    </message>
    <message>
        <source>A CSV file, one row per customer</source>
        <translation>CSV 文件，每行一个客户</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Binary columns (0/1, yes/no, true/false): rates and uplift</source>
        <translation>二元列（0/1、yes/no、true/false）：比率和提升</translation>
    </message>
    <message>
        <source>Numeric columns: means, Welch t-test and bootstrap interval</source>
        <translation>数值列：均值、Welch t 检验和 bootstrap 区间</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Group column:</source>
        <translation>分组列(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Control value:</source>
        <translation>对照组取值(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Responses:</source>
        <translation>响应列(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Amounts:</source>
        <translation>金额列(&amp;A)：</translation>
    </message>
    <message>
        <source>Confidence &amp;level:</source>
        <translation>置信水平(&amp;L)：</translation>
    </message>
    <message>
        <source>%1: the file is empty, expected a header row</source>
        <translation>%1：文件为空，应有表头行</translation>
    </message>
    <message>
        <source>Choose a file.</source>
        <translation>请选择文件。</translation>
    </message>
    <message>
        <source>Choose the column that names the group.</source>
        <translation>请选择表示分组的列。</translation>
    </message>
    <message>
        <source>Choose the value that marks the control group.</source>
        <translation>请选择表示对照组的取值。</translation>
    </message>
    <message>
        <source>Check at least one response or amount column.</source>
        <translation>请至少勾选一个响应列或金额列。</translation>
    </message>
    <message>
        <source>The group column cannot be a response or an amount.</source>
        <translation>分组列不能同时作为响应列或金额列。</translation>
    </message>
    <message>
        <source>Open Test/Control File</source>
        <translation>打开测试/对照文件</translation>
    </message>
    <message>
        <source>Delimited text (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>分隔文本 (*.csv *.txt *.tsv);;所有文件 (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read to list the values.</source>
        <translation>
            <numerusform>已读取 %n 行以列出取值。</numerusform>
        </translation>
    </message>
    <message>
        <source>Column %1 has more than %2 values: type the control value.</source>
        <translation>列 %1 的取值超过 %2 个：请输入对照组取值。</translation>
    </message>
    <message>
        <source>Bootstrap re&amp;samples:</source>
        <translation>Bootstrap 重抽样次数(&amp;S)：</translation>
    </message>
</context>
<context>
    <name>cwb::FilePage</name>
    <message>
        <source>Choose the Extract</source>
        <translation>选择宽表文件</translation>
    </message>
    <message>
        <source>A CSV or text file (UTF-8, GBK/GB18030 or UTF-16) or an Excel workbook (.xlsx). You can also drop the file onto this window.</source>
        <translation>CSV 或文本文件（UTF-8、GBK/GB18030 或 UTF-16），或 Excel 工作簿（.xlsx）。也可以把文件拖放到此窗口。</translation>
    </message>
    <message>
        <source>Drop a file here or choose one</source>
        <translation>把文件拖放到这里，或选择一个文件</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>自动检测</translation>
    </message>
    <message>
        <source>GB18030 (GBK)</source>
        <translation>GB18030（GBK）</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>逗号（ , ）</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>分号（ ; ）</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>Vertical bar ( | )</source>
        <translation>竖线（ | ）</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>编码：</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>分隔符：</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>工作表：</translation>
    </message>
    <message>
        <source>Customer extracts (*.csv *.txt *.tsv *.xlsx);;All files (*)</source>
        <translation>客户宽表 (*.csv *.txt *.tsv *.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>No file chosen yet.</source>
        <translation>尚未选择文件。</translation>
    </message>
    <message>
        <source>Excel workbook, %1, sheet “%2” (%3 sheets); %4 columns.</source>
        <translation>Excel 工作簿，%1，工作表“%2”（共 %3 个工作表）；%4 列。</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>Text file, %1; encoding %2 (%3); delimiter “%4”; %5 columns.</source>
        <translation>文本文件，%1；编码 %2（%3）；分隔符“%4”；%5 列。</translation>
    </message>
    <message>
        <source>The first %1 rows as they will be read</source>
        <translation>将按此方式读取的前 %1 行</translation>
    </message>
</context>
<context>
    <name>cwb::Files</name>
    <message>
        <source>cannot write %1: the file is too large for this disk or system (%2 MB free)</source>
        <translation>无法写入 %1：文件对此磁盘或系统而言太大（剩余 %2 MB）</translation>
    </message>
    <message>
        <source>cannot write %1: the disk is full (%2 MB free)</source>
        <translation>无法写入 %1：磁盘已满（剩余 %2 MB）</translation>
    </message>
    <message>
        <source>cannot write %1: no permission to write in %2</source>
        <translation>无法写入 %1：没有在 %2 中写入的权限</translation>
    </message>
    <message>
        <source>cannot write %1: the folder %2 does not exist</source>
        <translation>无法写入 %1：文件夹 %2 不存在</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>%1 exists already</source>
        <translation>%1 已存在</translation>
    </message>
</context>
<context>
    <name>cwb::GridTab</name>
    <message>
        <source>%1: &quot;%2&quot; is not a number (write numbers separated by commas, e.g. 50, 120)</source>
        <translation>%1：“%2”不是数字（请填写以逗号分隔的数字，如 50, 120）</translation>
    </message>
    <message>
        <source>&amp;Build Grid</source>
        <translation>生成矩阵(&amp;B)</translation>
    </message>
    <message>
        <source>Save Cell as &amp;Segment</source>
        <translation>将单元格保存为分群(&amp;S)</translation>
    </message>
    <message>
        <source>default: total_fee_m1, total_fee_m2, total_fee_m3</source>
        <translation>默认：total_fee_m1, total_fee_m2, total_fee_m3</translation>
    </message>
    <message>
        <source>Value = the average of these columns, comma separated</source>
        <translation>价值 = 这些列的平均值，以逗号分隔</translation>
    </message>
    <message>
        <source>2 bands</source>
        <translation>2 档</translation>
    </message>
    <message>
        <source>3 bands</source>
        <translation>3 档</translation>
    </message>
    <message>
        <source>quantiles; or edges, e.g. 50, 120</source>
        <translation>按分位数；或填写分界，如 50, 120</translation>
    </message>
    <message>
        <source>default edges; or e.g. 3</source>
        <translation>默认分界；或如 3</translation>
    </message>
    <message>
        <source>Risk score (weighted signals)</source>
        <translation>风险评分（加权信号）</translation>
    </message>
    <message>
        <source>Churn model (logistic regression)</source>
        <translation>流失模型（逻辑回归）</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>信号</translation>
    </message>
    <message>
        <source>Expression</source>
        <translation>表达式</translation>
    </message>
    <message>
        <source>Op</source>
        <translation>运算符</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>阈值</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Risk signals</source>
        <translation>风险信号</translation>
    </message>
    <message>
        <source>Add Signal</source>
        <translation>添加信号</translation>
    </message>
    <message>
        <source>Remove Signal</source>
        <translation>删除信号</translation>
    </message>
    <message>
        <source>Defaults</source>
        <translation>恢复默认</translation>
    </message>
    <message>
        <source>&amp;Label column (1 = churned):</source>
        <translation>标签列(&amp;L)（1 = 已流失）：</translation>
    </message>
    <message>
        <source>&amp;Value columns:</source>
        <translation>价值列(&amp;V)：</translation>
    </message>
    <message>
        <source>Value &amp;bands:</source>
        <translation>价值分档(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Risk:</source>
        <translation>风险(&amp;R)：</translation>
    </message>
    <message>
        <source>Risk b&amp;ands:</source>
        <translation>风险分档(&amp;A)：</translation>
    </message>
    <message>
        <source>Value × risk grid</source>
        <translation>价值 × 风险矩阵</translation>
    </message>
    <message>
        <source>segment name</source>
        <translation>分群名称</translation>
    </message>
    <message>
        <source>signal %1</source>
        <translation>信号 %1</translation>
    </message>
    <message>
        <source>Choose the options and build the grid.</source>
        <translation>选择选项后生成矩阵。</translation>
    </message>
    <message>
        <source>No customers yet: import an extract first.</source>
        <translation>尚无客户：请先导入客户数据。</translation>
    </message>
    <message>
        <source>Value thresholds</source>
        <translation>价值分界</translation>
    </message>
    <message>
        <source>Risk thresholds</source>
        <translation>风险分界</translation>
    </message>
    <message>
        <source>Threshold of signal %1</source>
        <translation>信号 %1 的阈值</translation>
    </message>
    <message>
        <source>Weight of signal %1</source>
        <translation>信号 %1 的权重</translation>
    </message>
    <message>
        <source>Signal %1 needs one threshold and one weight</source>
        <translation>信号 %1 需要一个阈值和一个权重</translation>
    </message>
    <message>
        <source>Add at least one risk signal (or press Defaults)</source>
        <translation>请至少添加一个风险信号（或点击“恢复默认”）</translation>
    </message>
    <message>
        <source>Building the value × risk grid…</source>
        <translation>正在生成价值 × 风险矩阵…</translation>
    </message>
    <message>
        <source>%1 value</source>
        <translation>%1价值</translation>
    </message>
    <message>
        <source>%1 risk</source>
        <translation>%1风险</translation>
    </message>
    <message>
        <source>%1 customers (%2)
revenue %3
%4</source>
        <translation>%1 位客户（%2）
收入 %3
%4</translation>
    </message>
    <message>
        <source>No exact rule: %1. Saved as a list of its %2 customers.</source>
        <translation>没有精确规则：%1。将保存为其 %2 位客户的名单。</translation>
    </message>
    <message>
        <source>Rule: %1</source>
        <translation>规则：%1</translation>
    </message>
    <message>
        <source>Churn model: AUC %1 on the test rows (%2), %3 on the training rows (%4); %5 churned. Weights (standardised): %6.</source>
        <translation>流失模型：测试集 AUC %1（%2 行），训练集 %3（%4 行）；流失率 %5。权重（标准化）：%6。</translation>
    </message>
    <message>
        <source>Risk score from: %1.</source>
        <translation>风险评分来自：%1。</translation>
    </message>
    <message>
        <source>Left out: %1.</source>
        <translation>未使用：%1。</translation>
    </message>
    <message>
        <source>%1 customers in the grid, %2 without a value or a risk. Select a cell to save it as a segment.</source>
        <translation>矩阵中有 %1 位客户，%2 位缺少价值或风险。选择一个单元格可将其保存为分群。</translation>
    </message>
    <message>
        <source>Select a cell of the grid first.</source>
        <translation>请先选择矩阵中的一个单元格。</translation>
    </message>
    <message>
        <source>value × risk cell %1: %2</source>
        <translation>价值 × 风险单元格 %1：%2</translation>
    </message>
    <message>
        <source>Saved %1 as a list segment of %2 customers.</source>
        <translation>已将 %1 保存为 %2 位客户的名单分群。</translation>
    </message>
    <message>
        <source>Saved %1 with the cell&apos;s rule.</source>
        <translation>已按单元格的规则保存 %1。</translation>
    </message>
    <message>
        <source>low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>high</source>
        <translation>高</translation>
    </message>
    <message>
        <source>mid</source>
        <translation>中</translation>
    </message>
    <message>
        <source>band %1</source>
        <translation>第 %1 档</translation>
    </message>
    <message>
        <source>Save Segment %1</source>
        <translation>保存分群 %1</translation>
    </message>
    <message>
        <source>Retain first: outbound call with a retention bundle or an early contract renewal; door-to-door for the top customers</source>
        <translation>优先挽留：外呼并提供挽留套餐或提前续约；重点客户上门拜访</translation>
    </message>
    <message>
        <source>Watch and retain: care call, loyalty benefit, renewal offer before the contract ends</source>
        <translation>关注并挽留：关怀回访、忠诚权益，合约到期前提供续约优惠</translation>
    </message>
    <message>
        <source>Keep and grow: loyalty care, upsell value-added services; no discount needed</source>
        <translation>保持并提升：忠诚关怀，推荐增值业务；无需折扣</translation>
    </message>
    <message>
        <source>Retain at moderate cost: bundle to raise stickiness (add broadband or a family plan), renewal offer</source>
        <translation>适度成本挽留：融合套餐提升黏性（加装宽带或家庭套餐），续约优惠</translation>
    </message>
    <message>
        <source>Stabilise: bundles and value-added services</source>
        <translation>稳定：融合套餐与增值业务</translation>
    </message>
    <message>
        <source>Upsell: a higher tariff tier or another product</source>
        <translation>升档：更高档位套餐或其他产品</translation>
    </message>
    <message>
        <source>Low-cost retention only: SMS or front-desk offers; no agent time or deep discounts</source>
        <translation>仅低成本挽留：短信或营业厅优惠；不投入坐席、不做大幅折扣</translation>
    </message>
    <message>
        <source>Low-cost contact: SMS offers and self-service</source>
        <translation>低成本触达：短信优惠与自助服务</translation>
    </message>
    <message>
        <source>Develop cheaply: SMS or front-desk upsell to a higher tier or a bundle</source>
        <translation>低成本发展：短信或营业厅推荐升档或融合套餐</translation>
    </message>
    <message>
        <source>Profile the cell before choosing an offer</source>
        <translation>先分析单元格画像，再选择方案</translation>
    </message>
</context>
<context>
    <name>cwb::Import</name>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation>%1 个字段，而表头有 %2 个</translation>
    </message>
    <message>
        <source>missing customer id</source>
        <translation>缺少客户ID</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not %3</source>
        <translation>%1：“%2”不是%3</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>a number such as 128.50 or ¥1,234.50</source>
        <translation>数字，如 128.50 或 ¥1,234.50</translation>
    </message>
    <message>
        <source>a date such as 2026-11-01, 2026/11/01, 20261101, 2026-11 or 202611</source>
        <translation>日期，如 2026-11-01、2026/11/01、20261101、2026-11 或 202611</translation>
    </message>
    <message>
        <source>Y/N, 是/否, 1/0, true/false</source>
        <translation>Y/N、是/否、1/0、true/false</translation>
    </message>
    <message>
        <source>a Chinese mobile number (11 digits, 1[3-9]...) or a fixed-line number such as 0571-88888888</source>
        <translation>中国手机号（11 位，1[3-9]…）或固定电话，如 0571-88888888</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>customer id &apos;%1&apos; appears more than once; all its rows are rejected (--on-duplicate reject)</source>
        <translation>客户ID“%1”出现了不止一次；其所有行均被拒绝（重复编号：全部拒绝）</translation>
    </message>
    <message>
        <source>duplicate customer id &apos;%1&apos;: the first row (line %2) was kept</source>
        <translation>客户ID“%1”重复：保留了第一行（第 %2 行）</translation>
    </message>
    <message>
        <source>customer id &apos;%1&apos; is already in the workspace; the existing row was kept</source>
        <translation>客户ID“%1”已在工作区中；保留了已有的行</translation>
    </message>
    <message>
        <source>duplicate customer id &apos;%1&apos;: replaced by the later row on line %2</source>
        <translation>客户ID“%1”重复：已被第 %2 行的后一行替换</translation>
    </message>
    <message>
        <source>customer id &apos;%1&apos; appears more than once (also on line %2); all its rows are rejected (--on-duplicate reject)</source>
        <translation>客户ID“%1”出现了不止一次（另见第 %2 行）；其所有行均被拒绝（重复编号：全部拒绝）</translation>
    </message>
    <message>
        <source>customer id &apos;%1&apos; is already in the workspace from an earlier import</source>
        <translation>客户ID“%1”已由之前的导入写入工作区</translation>
    </message>
    <message>
        <source>duplicate customer id &apos;%1&apos;</source>
        <translation>客户ID“%1”重复</translation>
    </message>
    <message>
        <source>%1… (%2 bytes in all)</source>
        <translation>%1…（共 %2 字节）</translation>
    </message>
    <message>
        <source>%1… (%2 characters in all)</source>
        <translation>%1…（共 %2 个字符）</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 及另外 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>… [truncated to the first %1 of %2 bytes]</source>
        <translation>…［已截断为 %2 字节中的前 %1 字节］</translation>
    </message>
    <message>
        <source>%1 is an old binary Excel workbook (.xls), whatever its name says; it cannot be read directly: open it in Excel or WPS and save it as .xlsx or as CSV (UTF-8), then import that</source>
        <translation>%1 实际上是旧版二进制 Excel 工作簿（.xls），与文件名无关；无法直接读取：请用 Excel 或 WPS 打开，另存为 .xlsx 或 CSV（UTF-8）后再导入</translation>
    </message>
    <message>
        <source>%1 is a password-protected Excel workbook: open it in Excel, remove the password and save it as .xlsx or as CSV (UTF-8), then import that</source>
        <translation>%1 是受密码保护的 Excel 工作簿：请用 Excel 打开，取消密码后另存为 .xlsx 或 CSV（UTF-8），再导入</translation>
    </message>
    <message>
        <source>%1 is an old Word or PowerPoint document, not a table of rows: copy the table into Excel and save it as .xlsx or CSV, then import that</source>
        <translation>%1 是旧版 Word 或 PowerPoint 文档，不是数据表：请把表格复制到 Excel，另存为 .xlsx 或 CSV 后再导入</translation>
    </message>
    <message>
        <source>%1 is an old binary Office file: an Excel workbook (.xls) or a password-protected workbook; open it in Excel or WPS and save it as .xlsx (without a password) or as CSV (UTF-8), then import that</source>
        <translation>%1 是旧版二进制 Office 文件：Excel 工作簿（.xls）或受密码保护的工作簿；请用 Excel 或 WPS 打开，另存为 .xlsx（不设密码）或 CSV（UTF-8）后再导入</translation>
    </message>
    <message>
        <source>%1 is a PDF document, not a table of rows: ask for the extract as CSV or .xlsx, or export it as such from the system that produced the PDF</source>
        <translation>%1 是 PDF 文档，不是数据表：请索取 CSV 或 .xlsx 格式的宽表，或从生成该 PDF 的系统中以这些格式导出</translation>
    </message>
    <message>
        <source>%1 is a compressed archive (gzip, bzip2, xz, 7-Zip or RAR): extract it and import the CSV or .xlsx file inside</source>
        <translation>%1 是压缩包（gzip、bzip2、xz、7-Zip 或 RAR）：请先解压，再导入其中的 CSV 或 .xlsx 文件</translation>
    </message>
    <message>
        <source>%1 is an image, not a table of rows: import the CSV or .xlsx extract itself</source>
        <translation>%1 是图片，不是数据表：请直接导入 CSV 或 .xlsx 宽表</translation>
    </message>
    <message>
        <source>%1 is an SQLite database (a workspace file?), not a customer extract: pass a workspace with --workspace, and import a CSV or .xlsx extract</source>
        <translation>%1 是 SQLite 数据库（工作区文件？），不是客户宽表：工作区请用 --workspace 指定，导入的应是 CSV 或 .xlsx 宽表</translation>
    </message>
    <message>
        <source>%1 is a program, not a table of rows</source>
        <translation>%1 是程序，不是数据表</translation>
    </message>
    <message>
        <source>%1 is a web page (HTML), not a CSV or Excel file, whatever its name says (systems that offer an &quot;Excel&quot; download often write one): open it in Excel or WPS and save it as .xlsx or as CSV (UTF-8), then import that</source>
        <translation>%1 是网页（HTML），不是 CSV 或 Excel 文件，与文件名无关（提供“Excel”下载的系统常会生成这种文件）：请用 Excel 或 WPS 打开，另存为 .xlsx 或 CSV（UTF-8）后再导入</translation>
    </message>
    <message>
        <source>%1 is an Excel 2003 XML spreadsheet: open it in Excel or WPS and save it as .xlsx or as CSV (UTF-8), then import that</source>
        <translation>%1 是 Excel 2003 XML 电子表格：请用 Excel 或 WPS 打开，另存为 .xlsx 或 CSV（UTF-8）后再导入</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; contains a NUL byte (U+0000) at character %3; text never holds one: the file is damaged or its fields are padded with NUL bytes</source>
        <translation>%1：“%2”在第 %3 个字符处含有 NUL 字节（U+0000）；正常文本不会包含它：文件已损坏，或字段用 NUL 字节填充</translation>
    </message>
</context>
<context>
    <name>cwb::ImportPlan</name>
    <message>
        <source>the header &apos;%1&apos; appears more than once</source>
        <translation>表头“%1”出现了不止一次</translation>
    </message>
    <message>
        <source>&apos;%1&apos; also looks like %2, which is already taken by an earlier column; kept under its own name</source>
        <translation>“%1”看起来也是 %2，但它已被前面的列占用；按原列名保留</translation>
    </message>
    <message>
        <source>no customer id column: ids are the row numbers</source>
        <translation>没有客户ID列：以行号作为ID</translation>
    </message>
    <message>
        <source>%1: the header row has %2 columns, more than any SQLite table can hold (%3): keep only the columns you need in the file</source>
        <translation>%1：表头行有 %2 列，超过了 SQLite 表所能容纳的列数（%3）：请在文件中只保留需要的列</translation>
    </message>
    <message>
        <source>%1: the header of column %2 (&apos;%3&apos;) contains a NUL byte (U+0000); the file is damaged or not a text table</source>
        <translation>%1：第 %2 列的表头（“%3”）含有 NUL 字节（U+0000）；文件已损坏，或不是文本表格</translation>
    </message>
    <message>
        <source>%1 has %2 columns to import</source>
        <translation>%1 有 %2 列要导入</translation>
    </message>
    <message>
        <source>%1 would bring the customers table to %2 columns (%3 are there already)</source>
        <translation>%1 会使客户表达到 %2 列（已有 %3 列）</translation>
    </message>
    <message>
        <source>%1, more than the %2 a workspace&apos;s customers table can hold (SQLite allows %3 columns in a table, and the import adds %4 of its own). Keep only the columns you need: leave the others out with --map &apos;HEADER=-&apos; (or in the import wizard&apos;s mapping), or remove them from the file</source>
        <translation>%1，超过了工作区客户表所能容纳的 %2 列（SQLite 每张表最多 %3 列，导入本身还要加 %4 列）。请只保留需要的列：用 --map &apos;HEADER=-&apos;（或在导入向导的映射页中）排除其他列，或把它们从文件中删除</translation>
    </message>
</context>
<context>
    <name>cwb::ImportWizard</name>
    <message>
        <source>Import Customer Extract</source>
        <translation>导入客户宽表</translation>
    </message>
</context>
<context>
    <name>cwb::ListsScriptsView</name>
    <message>
        <source>Call &amp;lists</source>
        <translation>外呼名单(&amp;L)</translation>
    </message>
    <message>
        <source>Call &amp;script</source>
        <translation>外呼脚本(&amp;S)</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 行</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>名单</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>外呼员</translation>
    </message>
    <message>
        <source>Marketing grids</source>
        <translation>营销网格</translation>
    </message>
    <message>
        <source>Round-robin (a like mix each)</source>
        <translation>轮流分配（每人客户构成相近）</translation>
    </message>
    <message>
        <source>Balanced blocks (customers stay together)</source>
        <translation>均衡分块（同网格客户在一起）</translation>
    </message>
    <message>
        <source>Checked columns go into the lists in this order; drag or use Up/Down to reorder.</source>
        <translation>勾选的列按此顺序写入名单；拖动或用“上移/下移”调整顺序。</translation>
    </message>
    <message>
        <source>Do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>Excel (xlsx)</source>
        <translation>Excel (xlsx)</translation>
    </message>
    <message>
        <source>UTF-8 with BOM (Excel opens it)</source>
        <translation>UTF-8 带 BOM（Excel 可直接打开）</translation>
    </message>
    <message>
        <source>GB18030 (older tools)</source>
        <translation>GB18030（旧版工具）</translation>
    </message>
    <message>
        <source>&amp;Campaign:</source>
        <translation>活动(&amp;C)：</translation>
    </message>
    <message>
        <source>Wa&amp;ve:</source>
        <translation>波次(&amp;V)：</translation>
    </message>
    <message>
        <source>Split &amp;by:</source>
        <translation>拆分方式(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Agents per cell:</source>
        <translation>每组外呼员数(&amp;A)：</translation>
    </message>
    <message>
        <source>Assi&amp;gnment:</source>
        <translation>分配方式(&amp;G)：</translation>
    </message>
    <message>
        <source>C&amp;olumns:</source>
        <translation>列(&amp;O)：</translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation>语言(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>CSV &amp;encoding:</source>
        <translation>CSV 编码(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>预览(&amp;P)</translation>
    </message>
    <message>
        <source>Build the lists and show their first rows (F5)</source>
        <translation>生成名单并显示前几行（F5）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>E&amp;xport...</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>Write the lists into a folder and record the contacts in the contact history</source>
        <translation>将名单写入文件夹，并在接触历史中记录这些接触</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Sa&amp;ve...</source>
        <translation>保存(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Reset to template</source>
        <translation>恢复为模板(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Chinese template</source>
        <translation>中文模板(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;English template</source>
        <translation>英文模板(&amp;E)</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>粗体</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>斜体</translation>
    </message>
    <message>
        <source>Bullet list</source>
        <translation>项目符号列表</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>编号列表</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Insert &amp;field</source>
        <translation>插入字段(&amp;F)</translation>
    </message>
    <message>
        <source>Save P&amp;DF...</source>
        <translation>保存 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>O&amp;pening</source>
        <translation>开场白(&amp;P)</translation>
    </message>
    <message>
        <source>Selling poi&amp;nts</source>
        <translation>卖点(&amp;N)</translation>
    </message>
    <message>
        <source>Off&amp;er</source>
        <translation>推荐方案(&amp;E)</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>&amp;Add objection</source>
        <translation>添加异议(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;move objection</source>
        <translation>删除异议(&amp;M)</translation>
    </message>
    <message>
        <source>Ob&amp;jections</source>
        <translation>异议处理(&amp;J)</translation>
    </message>
    <message>
        <source>Open a workspace to produce call lists.</source>
        <translation>打开工作区后即可生成外呼名单。</translation>
    </message>
    <message>
        <source>No campaign is split yet.

Split a campaign into targets and control in the Campaigns step (Split tab, then Commit); its call lists are made here.</source>
        <translation>还没有已拆分的活动。

请在“活动”步骤中将活动拆分为目标组和对照组（“拆分”选项卡，然后提交）；之后在这里生成其外呼名单。</translation>
    </message>
    <message>
        <source>No campaign has a current split: %1 was split on data that a later import replaced.

Split it again in the Campaigns step.</source>
        <translation>没有拆分仍然有效的活动：%1 的拆分所依据的数据已被之后的导入替换。

请在“活动”步骤中重新拆分。</translation>
    </message>
    <message>
        <source>All waves</source>
        <translation>全部波次</translation>
    </message>
    <message>
        <source>Wave %1: %2 (from %3)</source>
        <translation>第 %1 波：%2（自 %3 起）</translation>
    </message>
    <message>
        <source>%1 (computed)</source>
        <translation>%1（计算列）</translation>
    </message>
    <message>
        <source>The choices changed: Preview (F5) builds the lists again.</source>
        <translation>选项已更改：按“预览”（F5）重新生成名单。</translation>
    </message>
    <message>
        <source>Building the lists...</source>
        <translation>正在生成名单…</translation>
    </message>
    <message>
        <source>%1 · wave %2 · %3: %4 rows</source>
        <translation>%1 · 第 %2 波 · %3：%4 行</translation>
    </message>
    <message>
        <source>%1 customers in %2 lists; suggested call time: %3 (%4)</source>
        <translation>%2 份名单共 %1 位客户；建议外呼时间：%3（%4）</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>The campaign %1</source>
        <translation>活动 %1</translation>
    </message>
    <message>
        <source>Wave %1 of %2</source>
        <translation>%2 的第 %1 波</translation>
    </message>
    <message>
        <source>%1 already has %2 contacts in the contact history (%3 exported lists, the latest on %4). Exporting again records them again, so the fatigue rule will count these customers as contacted twice.

Export anyway?</source>
        <translation>%1 在接触历史中已有 %2 条接触记录（已导出 %3 份名单，最近一次为 %4）。再次导出会再次记录，疲劳度规则将把这些客户计为接触了两次。

仍要导出吗？</translation>
    </message>
    <message>
        <source>Exporting...</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>Exporting the lists to %1...</source>
        <translation>正在将名单导出到 %1…</translation>
    </message>
    <message>
        <source>Export the call lists into</source>
        <translation>将外呼名单导出到</translation>
    </message>
    <message>
        <source>Export again?</source>
        <translation>再次导出？</translation>
    </message>
    <message>
        <source>List %1: %2 customers in %3 files, %4 contact history rows recorded:
%5</source>
        <translation>名单 %1：%3 个文件共 %2 位客户，已记录 %4 条接触历史：
%5</translation>
    </message>
    <message>
        <source>%1: bold or italic text that starts or ends with punctuation or a field next to Chinese text cannot be stored; include the neighbouring character in it.</source>
        <translation>%1：在中文文字旁以标点或字段开头或结尾的粗体或斜体无法保存；请将相邻的字一并设为该格式。</translation>
    </message>
    <message>
        <source>Script: %1</source>
        <translation>脚本：%1</translation>
    </message>
    <message>
        <source>Open a call script</source>
        <translation>打开外呼脚本</translation>
    </message>
    <message>
        <source>Call scripts (*.txt *.md);;All files (*)</source>
        <translation>外呼脚本 (*.txt *.md);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Save the call script</source>
        <translation>保存外呼脚本</translation>
    </message>
    <message>
        <source>Call scripts (*.txt)</source>
        <translation>外呼脚本 (*.txt)</translation>
    </message>
    <message>
        <source>Choose a split campaign on the Call lists tab: the printout holds its cells&apos; scripts and its call sheets.</source>
        <translation>请在“外呼名单”选项卡中选择一个已拆分的活动：打印内容包括其各分组的脚本和外呼记录单。</translation>
    </message>
    <message>
        <source>Print the call script</source>
        <translation>打印外呼脚本</translation>
    </message>
    <message>
        <source>Print preview: call script and call sheets</source>
        <translation>打印预览：外呼脚本和外呼记录单</translation>
    </message>
    <message>
        <source>Choose a split campaign on the Call lists tab first.</source>
        <translation>请先在“外呼名单”选项卡中选择一个已拆分的活动。</translation>
    </message>
    <message>
        <source>Save the call script as PDF</source>
        <translation>将外呼脚本保存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1: %2 script pages, %3 call sheets on %4 pages.</source>
        <translation>已保存 %1：脚本 %2 页，外呼记录单 %3 份共 %4 页。</translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Defaul&amp;t columns</source>
        <translation>默认列(&amp;T)</translation>
    </message>
    <message>
        <source>Pa&amp;rts (rows):</source>
        <translation>名单分册（行数）(&amp;R)：</translation>
    </message>
    <message>
        <source>Print previe&amp;w...</source>
        <translation>打印预览(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>结束语(&amp;C)</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>注意：%1</translation>
    </message>
    <message>
        <source>Full p&amp;hone numbers</source>
        <translation>完整电话号码(&amp;H)</translation>
    </message>
    <message>
        <source>Lists and call sheets show phone numbers as 138****8000 unless this is checked; the choice is recorded with the export.</source>
        <translation>除非勾选此项，名单和外呼记录单中的电话号码显示为 138****8000；此选择会随导出一并记录。</translation>
    </message>
    <message>
        <source>Phone numbers in full.</source>
        <translation>电话号码完整显示。</translation>
    </message>
    <message>
        <source>Phone numbers masked.</source>
        <translation>电话号码已脱敏。</translation>
    </message>
</context>
<context>
    <name>cwb::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>新建工作区(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>打开工作区(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Import Extract…</source>
        <translation>导入宽表(&amp;I)…</translation>
    </message>
    <message>
        <source>Save a &amp;Copy As…</source>
        <translation>另存副本(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Close Workspace</source>
        <translation>关闭工作区(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Campaign Workbench</source>
        <translation>关于营销活动工作台(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>清除列表</translation>
    </message>
    <message>
        <source>Campaign Workbench</source>
        <translation>营销活动工作台</translation>
    </message>
    <message>
        <source>%1 (%2) — Campaign Workbench</source>
        <translation>%1（%2）— 营销活动工作台</translation>
    </message>
    <message>
        <source>[read-only]</source>
        <translation>[只读]</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>打开工作区</translation>
    </message>
    <message>
        <source>The workspace %1 does not exist.</source>
        <translation>工作区 %1 不存在。</translation>
    </message>
    <message>
        <source>Workspace in Use</source>
        <translation>工作区正在使用</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>新建工作区</translation>
    </message>
    <message>
        <source>Campaign Workbench workspaces (*.cwb)</source>
        <translation>营销活动工作台工作区 (*.cwb)</translation>
    </message>
    <message>
        <source>%1 cannot be replaced.</source>
        <translation>无法替换 %1。</translation>
    </message>
    <message>
        <source>Save a Copy As</source>
        <translation>另存副本</translation>
    </message>
    <message>
        <source>Saved a copy as %1</source>
        <translation>已另存副本为 %1</translation>
    </message>
    <message>
        <source>About Campaign Workbench</source>
        <translation>关于营销活动工作台</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Campaign Workbench %1&lt;/h3&gt;&lt;p&gt;Plan, simulate and evaluate targeted marketing pilots offline: import a customer extract, audit it, segment it, design offers and campaigns with control groups, and measure the outcome.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;营销活动工作台 %1&lt;/h3&gt;&lt;p&gt;离线策划、模拟和评估精准营销试点：导入客户宽表、数据审核、客户细分、设计套餐和带对照组的营销活动，并衡量效果。&lt;/p&gt;&lt;p&gt;依据 GNU 通用公共许可证第 3 版或更高版本授权。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Save &amp;Encrypted Copy…</source>
        <translation>保存加密副本(&amp;E)…</translation>
    </message>
    <message>
        <source>Saved an encrypted copy as %1</source>
        <translation>已将加密副本保存为 %1</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>数据(&amp;D)</translation>
    </message>
    <message>
        <source>Purge &amp;Rejected Rows…</source>
        <translation>清除被拒绝的行(&amp;R)…</translation>
    </message>
    <message>
        <source>Workspace Cannot Be Written</source>
        <translation>无法写入工作区</translation>
    </message>
    <message>
        <source>

Open it read-only? You can look at everything but not import or change it.</source>
        <translation>

是否以只读方式打开？您可以查看全部内容，但不能导入或修改。</translation>
    </message>
    <message>
        <source>Open &amp;Read-Only</source>
        <translation>以只读方式打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <translation>解锁(&amp;U)…</translation>
    </message>
    <message>
        <source>Unlock Workspace</source>
        <translation>解锁工作区</translation>
    </message>
    <message>
        <source>Remove the lock of %1 held by %2?

Do this only if that computer no longer has the workspace open (it was switched off or crashed). Two computers writing one workspace can damage it.</source>
        <translation>要移除 %2 对 %1 的锁吗？

仅当那台电脑已不再打开该工作区（已关机或崩溃）时才这样做。两台电脑同时写入一个工作区可能会损坏它。</translation>
    </message>
    <message>
        <source>Campaign Workbench workspaces (*.cwb *.cwbx);;All files (*)</source>
        <translation>营销活动工作台工作区 (*.cwb *.cwbx);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>cwb::MappingPage</name>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>Decimal number</source>
        <translation>小数</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Yes / no</source>
        <translation>是 / 否</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>电话号码</translation>
    </message>
    <message>
        <source>Number the rows (the file has no customer id)</source>
        <translation>为各行编号（文件中没有客户编号）</translation>
    </message>
    <message>
        <source>Map the Columns</source>
        <translation>映射列</translation>
    </message>
    <message>
        <source>Each column of the file goes to a known field, to a column of its own, or is left out. Types were inferred from the first rows; change them where they are wrong.</source>
        <translation>文件的每一列可对应到已知字段、作为自定义列，或不导入。类型是根据前几行推断的；如有错误请修改。</translation>
    </message>
    <message>
        <source>Saved mapping:</source>
        <translation>已保存的映射：</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Save Mapping…</source>
        <translation>保存映射…</translation>
    </message>
    <message>
        <source>Source column</source>
        <translation>源列</translation>
    </message>
    <message>
        <source>Sample values</source>
        <translation>示例值</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation>对应到</translation>
    </message>
    <message>
        <source>Replace the customers in the workspace</source>
        <translation>替换工作区中的客户</translation>
    </message>
    <message>
        <source>Add to the customers in the workspace</source>
        <translation>追加到工作区中的客户</translation>
    </message>
    <message>
        <source>Reject every row of a repeated customer id</source>
        <translation>拒绝客户编号重复的所有行</translation>
    </message>
    <message>
        <source>Keep the first row of a repeated id</source>
        <translation>重复编号保留第一行</translation>
    </message>
    <message>
        <source>Keep the last row of a repeated id</source>
        <translation>重复编号保留最后一行</translation>
    </message>
    <message>
        <source>The import stops, leaving the workspace unchanged, when more rows than this are rejected</source>
        <translation>被拒绝的行超过此比例时停止导入，工作区保持不变</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>方式：</translation>
    </message>
    <message>
        <source>Repeated ids:</source>
        <translation>重复编号：</translation>
    </message>
    <message>
        <source>Stop when rejected rows exceed:</source>
        <translation>被拒绝的行超过此比例时停止：</translation>
    </message>
    <message>
        <source>(none saved yet)</source>
        <translation>（尚未保存）</translation>
    </message>
    <message>
        <source>Saved Mapping</source>
        <translation>已保存的映射</translation>
    </message>
    <message>
        <source>Save Mapping</source>
        <translation>保存映射</translation>
    </message>
    <message>
        <source>Name of the mapping (e.g. “Monthly extract”):</source>
        <translation>映射名称（例如“月度宽表”）：</translation>
    </message>
    <message>
        <source>(column %1)</source>
        <translation>（第 %1 列）</translation>
    </message>
    <message>
        <source>Inferred from the first rows</source>
        <translation>根据前几行推断</translation>
    </message>
    <message>
        <source>— leave out —</source>
        <translation>— 不导入 —</translation>
    </message>
    <message>
        <source>Own column: %1</source>
        <translation>自定义列：%1</translation>
    </message>
    <message>
        <source>%1 columns will be imported, %2 left out. Rows that fail validation (blank or repeated ids, values that do not fit their type) are set aside with the reason and listed after the import.</source>
        <translation>将导入 %1 列，不导入 %2 列。未通过校验的行（编号为空或重复、取值与类型不符）会连同原因另行保存，并在导入后列出。</translation>
    </message>
    <message numerus="yes">
        <source>Validation of the first %n rows: all would be imported.</source>
        <translation>
            <numerusform>已校验前 %n 行：全部可以导入。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n rows</source>
        <translation>
            <numerusform>%1：%n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Validation of the first %1 rows: %2 would be rejected (%3).</source>
        <translation>已校验前 %1 行：其中 %2 行将被拒绝（%3）。</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
</context>
<context>
    <name>cwb::MatchResultModel</name>
    <message>
        <source>no eligible package</source>
        <translation>没有可选套餐</translation>
    </message>
    <message>
        <source>no bill today</source>
        <translation>无当前账单</translation>
    </message>
    <message>
        <source>nothing within budget</source>
        <translation>预算内无套餐</translation>
    </message>
    <message>
        <source>no feature suggested</source>
        <translation>无建议特征</translation>
    </message>
    <message>
        <source>no upsell adds a suggested feature</source>
        <translation>无可增加建议特征的升档套餐</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Recommended package</source>
        <translation>推荐套餐</translation>
    </message>
    <message>
        <source>Expected bill</source>
        <translation>预计账单</translation>
    </message>
    <message>
        <source>Today&apos;s bill</source>
        <translation>当前账单</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Savings</source>
        <translation>节省</translation>
    </message>
    <message>
        <source>No recommendation because</source>
        <translation>未推荐原因</translation>
    </message>
    <message>
        <source>After the discount ends</source>
        <translation>优惠结束后</translation>
    </message>
</context>
<context>
    <name>cwb::NavigationBar</name>
    <message>
        <source>Planning steps</source>
        <translation>策划步骤</translation>
    </message>
    <message>
        <source>    planned</source>
        <translation>    规划中</translation>
    </message>
</context>
<context>
    <name>cwb::Offer</name>
    <message>
        <source>%1: the monthly fee is 0 yuan (the median of the band %2-%3 yuan rounds to 0): this package would be free; raise the band&apos;s lower edge or set a fee before offering it</source>
        <translation>%1：月费为 0 元（档位 %2-%3 元的中位数取整后为 0）：该套餐将是免费的；推荐之前请提高该档位的下限或设定月费</translation>
    </message>
</context>
<context>
    <name>cwb::OfferView</name>
    <message>
        <source>unlimited</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>套餐</translation>
    </message>
    <message>
        <source>Fee (yuan)</source>
        <translation>月费（元）</translation>
    </message>
    <message>
        <source>Local min</source>
        <translation>本地分钟</translation>
    </message>
    <message>
        <source>LD min</source>
        <translation>长途分钟</translation>
    </message>
    <message>
        <source>Data MB</source>
        <translation>流量MB</translation>
    </message>
    <message>
        <source>Broadband</source>
        <translation>宽带</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>优惠</translation>
    </message>
    <message>
        <source>Eligible customers</source>
        <translation>适用客户</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Import...</source>
        <translation>导入...</translation>
    </message>
    <message>
        <source>Export...</source>
        <translation>导出...</translation>
    </message>
    <message>
        <source> yuan</source>
        <translation> 元</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source> Mbit/s</source>
        <translation> Mbit/s</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source>No discount</source>
        <translation>无优惠</translation>
    </message>
    <message>
        <source>Yuan off</source>
        <translation>减免金额</translation>
    </message>
    <message>
        <source>Percent off</source>
        <translation>折扣百分比</translation>
    </message>
    <message>
        <source>every customer, or a rule: total_fee_m1 &gt;= 100</source>
        <translation>所有客户，或规则：total_fee_m1 &gt;= 100</translation>
    </message>
    <message>
        <source>every channel, or: call, sms, store</source>
        <translation>所有渠道，或：call, sms, store</translation>
    </message>
    <message>
        <source>YYYY-MM-DD (open)</source>
        <translation>YYYY-MM-DD（不限）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Monthly fee</source>
        <translation>月费</translation>
    </message>
    <message>
        <source>Included local</source>
        <translation>包含本地通话</translation>
    </message>
    <message>
        <source>Included long distance</source>
        <translation>包含长途通话</translation>
    </message>
    <message>
        <source>Included data</source>
        <translation>包含流量</translation>
    </message>
    <message>
        <source>Broadband (bundle)</source>
        <translation>宽带（融合套餐）</translation>
    </message>
    <message>
        <source>Local overage, yuan/min</source>
        <translation>本地超出，元/分钟</translation>
    </message>
    <message>
        <source>LD overage, yuan/min</source>
        <translation>长途超出，元/分钟</translation>
    </message>
    <message>
        <source>Data overage, yuan/MB</source>
        <translation>流量超出，元/MB</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>合约期</translation>
    </message>
    <message>
        <source>Eligibility rule</source>
        <translation>适用规则</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Save package</source>
        <translation>保存套餐</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>套餐目录</translation>
    </message>
    <message>
        <source>New package</source>
        <translation>新套餐</translation>
    </message>
    <message>
        <source>Import packages</source>
        <translation>导入套餐</translation>
    </message>
    <message>
        <source>Package catalogs (*.json)</source>
        <translation>套餐目录 (*.json)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Export packages</source>
        <translation>导出套餐</translation>
    </message>
    <message>
        <source>Columns summed into the fee measure, comma separated</source>
        <translation>合计为费用指标的列，以逗号分隔</translation>
    </message>
    <message>
        <source>all customers, or a rule</source>
        <translation>所有客户，或规则</translation>
    </message>
    <message>
        <source>Load distribution</source>
        <translation>载入分布</translation>
    </message>
    <message>
        <source>Propose tiers</source>
        <translation>建议档位</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>档位</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>覆盖率</translation>
    </message>
    <message>
        <source>Round edges to</source>
        <translation>边界取整到</translation>
    </message>
    <message>
        <source>From (yuan)</source>
        <translation>起（元）</translation>
    </message>
    <message>
        <source>Below (yuan)</source>
        <translation>止于（元，不含）</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Make package draft from band</source>
        <translation>由档位生成套餐草稿</translation>
    </message>
    <message>
        <source>Cheapest</source>
        <translation>最便宜</translation>
    </message>
    <message>
        <source>Best value within budget</source>
        <translation>预算内最超值</translation>
    </message>
    <message>
        <source>Upsell adding a suggested feature</source>
        <translation>增加建议特征的升档</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>匹配</translation>
    </message>
    <message>
        <source>Recommend</source>
        <translation>推荐方式</translation>
    </message>
    <message>
        <source>Today (yuan/month)</source>
        <translation>当前（元/月）</translation>
    </message>
    <message>
        <source>Expected (yuan/month)</source>
        <translation>预计（元/月）</translation>
    </message>
    <message>
        <source>Revenue effect (yuan/month)</source>
        <translation>收入影响（元/月）</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>with a change of at least</source>
        <translation>变化至少</translation>
    </message>
    <message>
        <source>Best package per customer</source>
        <translation>每位客户的最佳套餐</translation>
    </message>
    <message>
        <source>%1 yuan off, %2 months</source>
        <translation>减 %1 元，%2 个月</translation>
    </message>
    <message>
        <source>%1% off, %2 months</source>
        <translation>优惠 %1%，%2 个月</translation>
    </message>
    <message>
        <source>%1M</source>
        <translation>%1M</translation>
    </message>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Validity dates are written YYYY-MM-DD, got &apos;%1&apos;</source>
        <translation>有效日期格式为 YYYY-MM-DD，输入为“%1”</translation>
    </message>
    <message>
        <source>A package called &apos;%1&apos; already exists</source>
        <translation>已存在名为“%1”的套餐</translation>
    </message>
    <message>
        <source>Edit package %1</source>
        <translation>编辑套餐 %1</translation>
    </message>
    <message>
        <source>Add package %1</source>
        <translation>添加套餐 %1</translation>
    </message>
    <message>
        <source>Remove package %1</source>
        <translation>删除套餐 %1</translation>
    </message>
    <message>
        <source>No tiers yet: load a distribution</source>
        <translation>尚无档位：请先载入分布</translation>
    </message>
    <message>
        <source>%1 bands cover %2% of %3 customers (%4 without a value)</source>
        <translation>%1 个档位覆盖 %3 位客户中的 %2%（%4 位无数值）</translation>
    </message>
    <message>
        <source>A band edge is a number of yuan, got &apos;%1&apos;</source>
        <translation>档位边界应为金额（元），输入为“%1”</translation>
    </message>
    <message>
        <source>Distribution of %1</source>
        <translation>%1 的分布</translation>
    </message>
    <message>
        <source>Load a distribution to design tiers</source>
        <translation>载入分布以设计档位</translation>
    </message>
    <message>
        <source>yuan per month</source>
        <translation>元/月</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>Select a band first</source>
        <translation>请先选择一个档位</translation>
    </message>
    <message>
        <source>Tier %1 (%2-%3 yuan)</source>
        <translation>第 %1 档（%2-%3 元）</translation>
    </message>
    <message>
        <source>Tier %1 (%2-%3 yuan) #%4</source>
        <translation>第 %1 档（%2-%3 元）#%4</translation>
    </message>
    <message>
        <source>Package draft %1</source>
        <translation>套餐草稿 %1</translation>
    </message>
    <message>
        <source>%1 customers, recommended by %2</source>
        <translation>%1 位客户，推荐方式 %2</translation>
    </message>
    <message>
        <source>(no recommendation)</source>
        <translation>（未推荐）</translation>
    </message>
    <message>
        <source>all customers</source>
        <translation>所有客户</translation>
    </message>
    <message>
        <source>no recommendation</source>
        <translation>未推荐</translation>
    </message>
    <message>
        <source>Wait for the running computation or cancel it</source>
        <translation>请等待当前计算完成或取消</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Working...</source>
        <translation>计算中...</translation>
    </message>
    <message>
        <source>%1 (+%2 yuan)</source>
        <translation>%1（+%2 元）</translation>
    </message>
</context>
<context>
    <name>cwb::PassphraseDialog</name>
    <message>
        <source>Save Encrypted Copy</source>
        <translation>保存加密副本</translation>
    </message>
    <message>
        <source>Open Encrypted Copy</source>
        <translation>打开加密副本</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 will hold the whole workspace, customers&apos; names and phone numbers included, encrypted with this passphrase. Give the passphrase to the recipient by another way than the file (by phone, not in the same e-mail).&lt;/p&gt;&lt;p&gt;Nobody can open the copy without it: a forgotten passphrase cannot be recovered.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 将包含整个工作区（含客户姓名和电话号码），并用此密码加密。请通过文件以外的途径把密码告诉接收人（例如打电话，不要放在同一封邮件里）。&lt;/p&gt;&lt;p&gt;没有密码谁也无法打开此副本：忘记的密码无法找回。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 is an encrypted copy of a workspace. Enter its passphrase to decrypt it.</source>
        <translation>%1 是工作区的加密副本。请输入其密码以解密。</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>再次输入(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Show the passphrase</source>
        <translation>显示密码(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Encrypt</source>
        <translation>加密(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Decrypt</source>
        <translation>解密(&amp;D)</translation>
    </message>
    <message>
        <source>At least %1 characters: %2 so far. A few words are easier to remember than symbols and harder to guess.</source>
        <translation>至少 %1 个字符：目前 %2 个。几个词语比符号更容易记住，也更难猜到。</translation>
    </message>
    <message>
        <source>Long enough. Type it again below.</source>
        <translation>长度已足够。请在下方再输入一次。</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>Digits alone are easy to guess (a phone number or a date): words are safer.</source>
        <translation>纯数字很容易被猜到（如电话号码或日期）：用词语更安全。</translation>
    </message>
    <message>
        <source>Good. Longer is stronger.</source>
        <translation>良好。越长越安全。</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>强。</translation>
    </message>
</context>
<context>
    <name>cwb::PlanCellModel</name>
    <message>
        <source>pilot</source>
        <translation>试点</translation>
    </message>
    <message>
        <source>cell %1</source>
        <translation>单元 %1</translation>
    </message>
    <message>
        <source>One of: %1</source>
        <translation>可选：%1</translation>
    </message>
    <message>
        <source>A unique name; it also keys the cell&apos;s random numbers</source>
        <translation>唯一的名称；也用作该单元随机数的键</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>All customers of the cell, control group included</source>
        <translation>该单元的全部客户，含对照组</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>Share of the customers held out as control (0 to below 1)</source>
        <translation>留作对照组的客户比例（0 至小于 1）</translation>
    </message>
    <message>
        <source>Control share</source>
        <translation>对照比例</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Connected / targeted (接通率)</source>
        <translation>接通数 / 目标数（接通率）</translation>
    </message>
    <message>
        <source>Connect rate</source>
        <translation>接通率</translation>
    </message>
    <message>
        <source>Intentions / connected (意向率)</source>
        <translation>意向数 / 接通数（意向率）</translation>
    </message>
    <message>
        <source>Intention rate</source>
        <translation>意向率</translation>
    </message>
    <message>
        <source>Completed orders / intentions (竣工率)</source>
        <translation>竣工数 / 意向数（竣工率）</translation>
    </message>
    <message>
        <source>Completion rate</source>
        <translation>竣工率</translation>
    </message>
    <message>
        <source>Completions per customer in the control group: what would have happened anyway</source>
        <translation>对照组每位客户的竣工数：不做营销也会发生的转化</translation>
    </message>
    <message>
        <source>Control conversion</source>
        <translation>对照组转化率</translation>
    </message>
    <message>
        <source>Yuan per completion per discounted month</source>
        <translation>每个竣工每个优惠月的优惠（元）</translation>
    </message>
    <message>
        <source>Discount / month</source>
        <translation>月优惠</translation>
    </message>
    <message>
        <source>Discount months</source>
        <translation>优惠月数</translation>
    </message>
    <message>
        <source>Yuan per targeted customer; the channel&apos;s assumed cost unless changed</source>
        <translation>每位目标客户的成本（元）；未修改时为该渠道的假设成本</translation>
    </message>
    <message>
        <source>Cost / contact</source>
        <translation>单次接触成本</translation>
    </message>
    <message>
        <source>Yuan per completion (commission, gift, installation)</source>
        <translation>每个竣工的成本（元）（佣金、礼品、安装）</translation>
    </message>
    <message>
        <source>Cost / success</source>
        <translation>单次成功成本</translation>
    </message>
    <message>
        <source>Yuan (script, training, list preparation, printing)</source>
        <translation>元（话术、培训、名单准备、印刷）</translation>
    </message>
    <message>
        <source>Fixed cost</source>
        <translation>固定成本</translation>
    </message>
    <message>
        <source>A cell needs a name.</source>
        <translation>单元需要一个名称。</translation>
    </message>
    <message>
        <source>Unknown channel &apos;%1&apos; (expected one of: %2).</source>
        <translation>未知渠道“%1”（应为以下之一：%2）。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number of 0 or more.</source>
        <translation>“%1”不是大于或等于 0 的数字。</translation>
    </message>
    <message>
        <source>%1 (mean %2). Type a point (0.6), a range (0.52-0.62, uniform), low-mode-high (0.5-0.6-0.7, triangular) or the evidence of an earlier pilot as successes/trials (395/1579).</source>
        <translation>%1（均值 %2）。可输入点值（0.6）、区间（0.52-0.62，均匀分布）、低-众数-高（0.5-0.6-0.7，三角分布），或以“成功数/试验数”表示的前期试点证据（395/1579）。</translation>
    </message>
    <message>
        <source>the pilot of 2,598 customers called (a starting figure)</source>
        <translation>外呼的 2,598 名客户的试点（初始数值）</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>Offer: %1</source>
        <translation>套餐：%1</translation>
    </message>
    <message>
        <source>Yuan per incremental completion per month once the discount has ended: what a customer who takes the offer pays more than today (negative: less). During the discount it is this less the discount.</source>
        <translation>每个增量竣工在优惠结束后每月的收入变化（元）：接受该套餐的客户比现在多付的金额（负数表示少付）。优惠期间为此值减去优惠额。</translation>
    </message>
    <message>
        <source>Revenue change / month</source>
        <translation>月收入变化</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number.</source>
        <translation>“%1”不是数字。</translation>
    </message>
</context>
<context>
    <name>cwb::PlanSummary</name>
    <message>
        <source>The summary could not be drawn on the output device.</source>
        <translation>无法在输出设备上绘制摘要。</translation>
    </message>
    <message>
        <source>ROI plan for sign-off: %1</source>
        <translation>待签批的 ROI 计划：%1</translation>
    </message>
    <message>
        <source>Horizon %1 months · %2 Monte Carlo draws · seed %3 · alpha %4 · power %5 · money in yuan</source>
        <translation>测算期 %1 个月 · 蒙特卡洛抽样 %2 次 · 种子 %3 · alpha %4 · 检验功效 %5 · 金额单位：元</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>编制人</translation>
    </message>
    <message>
        <source>Approved by (manager)</source>
        <translation>批准人（经理）</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>ROI plan summary</source>
        <translation>ROI 计划摘要</translation>
    </message>
    <message>
        <source>Where the inputs come from: %1</source>
        <translation>输入数据的来源：%1</translation>
    </message>
    <message>
        <source>Lines left out for want of room: %1 (the Sources tab of the Simulation step lists them).</source>
        <translation>因篇幅所限省略的行：%1（“效益模拟”步骤的“来源”页列出了它们）。</translation>
    </message>
    <message>
        <source>The plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Cell %1</source>
        <translation>单元 %1</translation>
    </message>
    <message>
        <source>Where every input comes from (defaults, assumptions, the campaign&apos;s split, the offers priced on the customers): page 2.</source>
        <translation>各项输入的来源（默认值、假设、活动的分组、按客户测算的套餐）：见第 2 页。</translation>
    </message>
    <message>
        <source>%1 per completion over %2 months (%3)</source>
        <translation>每个竣工 %1，测算期 %2 个月（%3）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>cwb::PlanWriter</name>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1：无法写入：%2</translation>
    </message>
</context>
<context>
    <name>cwb::PlannedStepView</name>
    <message>
        <source>This step is not available in this version. It is shown so that you can see where it fits in the planning loop.</source>
        <translation>此版本尚未提供此步骤。显示它是为了让您了解它在策划闭环中的位置。</translation>
    </message>
    <message>
        <source>What this step will hold</source>
        <translation>此步骤将包含</translation>
    </message>
</context>
<context>
    <name>cwb::ProfileTab</name>
    <message>
        <source>&amp;Profile</source>
        <translation>画像(&amp;P)</translation>
    </message>
    <message>
        <source>Pro&amp;file:</source>
        <translation>画像对象(&amp;F)：</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>取值</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>分群</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>全体</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>指数</translation>
    </message>
    <message>
        <source>Segment profile</source>
        <translation>分群画像</translation>
    </message>
    <message>
        <source>Type a rule or choose a saved segment.</source>
        <translation>输入规则或选择已保存的分群。</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>未打开工作区。</translation>
    </message>
    <message>
        <source>The current rule</source>
        <translation>当前规则</translation>
    </message>
    <message>
        <source>Segment %1</source>
        <translation>分群 %1</translation>
    </message>
    <message>
        <source>Type a rule on the Rule tab, or choose a saved segment.</source>
        <translation>请在“规则”页输入规则，或选择已保存的分群。</translation>
    </message>
    <message>
        <source>Profiling the rule…</source>
        <translation>正在分析规则画像…</translation>
    </message>
    <message>
        <source>Profiling %1…</source>
        <translation>正在分析 %1 的画像…</translation>
    </message>
    <message>
        <source>%1 customers, %2 of the base of %3</source>
        <translation>%1 位客户，占全体 %3 位的 %2</translation>
    </message>
    <message>
        <source>; %1 of the revenue</source>
        <translation>；收入占 %1</translation>
    </message>
    <message>
        <source> (stored membership)</source>
        <translation>（已保存的成员）</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>均值</translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation>（缺失）</translation>
    </message>
    <message>
        <source>Top values: share in the segment and in the base</source>
        <translation>主要取值：在分群与全体中的占比</translation>
    </message>
    <message>
        <source>% of customers</source>
        <translation>客户占比 %</translation>
    </message>
    <message>
        <source>Means against the base (index, 100 = base): the %1 most different</source>
        <translation>均值与全体对比（指数，100 = 全体）：差异最大的 %1 项</translation>
    </message>
</context>
<context>
    <name>cwb::PurgeRejects</name>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Import #%1 %2 (%3): %4</source>
        <translation>导入 #%1 %2（%3）：%4</translation>
    </message>
    <message>
        <source>Call outcomes #%1 %2, campaign %3 (%4): %5</source>
        <translation>外呼结果 #%1 %2，营销活动 %3（%4）：%5</translation>
    </message>
    <message>
        <source>Purge Rejected Rows</source>
        <translation>清除被拒绝的行</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n rejected row(s) of these imports from the workspace?</source>
        <translation>
            <numerusform>要从工作区中删除这些导入的 %n 行被拒绝的行吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>Their raw text and reasons (which quote names, phone numbers and ids) are overwritten in the file. The import log keeps each import&apos;s file name, time and number of rejected rows. Export the rejected rows first if you still need to correct them. This cannot be undone.</source>
        <translation>这些行的原始文本和原因（其中引用了姓名、电话号码和编号）将在文件中被覆盖。导入日志会保留每次导入的文件名、时间和被拒绝的行数。如果仍需修正这些行，请先导出。此操作无法撤销。</translation>
    </message>
    <message>
        <source>&amp;Purge</source>
        <translation>清除(&amp;P)</translation>
    </message>
    <message>
        <source>The workspace keeps no rejected rows: nothing to purge.</source>
        <translation>工作区中没有保存被拒绝的行：无需清除。</translation>
    </message>
    <message numerus="yes">
        <source>%n rejected row(s) removed.</source>
        <translation>
            <numerusform>已删除 %n 行被拒绝的行。</numerusform>
        </translation>
    </message>
    <message>
        <source>The freed space (%1) is overwritten with zeros and reused by later imports; File ▸ Save a Copy As… writes a compacted copy.</source>
        <translation>释放的空间（%1）已用零覆盖，之后的导入会重复使用；“文件 ▸ 另存副本…”可写出压缩后的副本。</translation>
    </message>
    <message>
        <source>The rejected rows could not be purged:
%1</source>
        <translation>无法清除被拒绝的行：
%1</translation>
    </message>
</context>
<context>
    <name>cwb::RejectsModel</name>
    <message>
        <source>(whole row)</source>
        <translation>（整行）</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入批次</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Raw text</source>
        <translation>原始文本</translation>
    </message>
</context>
<context>
    <name>cwb::RejectsView</name>
    <message>
        <source>&amp;Export to CSV…</source>
        <translation>导出为 CSV(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the rejected rows shown to a CSV file (UTF-8) to correct them and import them again</source>
        <translation>把显示的被拒绝行保存为 CSV 文件（UTF-8），修正后可重新导入</translation>
    </message>
    <message>
        <source>&amp;Import:</source>
        <translation>导入批次(&amp;I)：</translation>
    </message>
    <message>
        <source>Select a rejected row to see its reason and full text.</source>
        <translation>选择一行被拒绝的行，查看原因和完整内容。</translation>
    </message>
    <message>
        <source>Cannot read the rejects: %1</source>
        <translation>无法读取被拒绝的行：%1</translation>
    </message>
    <message>
        <source>All imports (%1 rejected)</source>
        <translation>所有导入（%1 行被拒绝）</translation>
    </message>
    <message>
        <source>#%1 %2, %3 (%4 rejected)</source>
        <translation>#%1 %2，%3（%4 行被拒绝）</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>没有打开工作区。</translation>
    </message>
    <message>
        <source>Nothing imported yet.</source>
        <translation>尚未导入任何数据。</translation>
    </message>
    <message>
        <source>No rows were rejected.</source>
        <translation>没有被拒绝的行。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) rejected</source>
        <translation>
            <numerusform>%n 行被拒绝</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1, column %2: %3

%4</source>
        <translation>第 %1 行，列 %2：%3

%4</translation>
    </message>
    <message>
        <source>-rejects</source>
        <translation>-被拒绝的行</translation>
    </message>
    <message>
        <source>Export rejected rows</source>
        <translation>导出被拒绝的行</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1</source>
        <translation>
            <numerusform>已把 %n 行写入 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The rejected rows could not be written:
%1</source>
        <translation>无法写入被拒绝的行：
%1</translation>
    </message>
    <message numerus="yes">
        <source>%n rejected row(s) no longer kept (purged, or replaced by a later import); the import log keeps the count.</source>
        <translation>
            <numerusform>%n 行被拒绝的行已不再保存（已清除，或被之后的导入替换）；导入日志保留了行数。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cwb::ReportDialog</name>
    <message>
        <source>Report: %1</source>
        <translation>报告：%1</translation>
    </message>
    <message>
        <source>Daily battle report</source>
        <translation>日战报</translation>
    </message>
    <message>
        <source>Weekly summary</source>
        <translation>周总结</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>report.pdf or report.xlsx</source>
        <translation>report.pdf 或 report.xlsx</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>报告(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Week starts:</source>
        <translation>周起始日(&amp;W)：</translation>
    </message>
    <message>
        <source>Save Report</source>
        <translation>保存报告</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Excel workbook (*.xlsx)</source>
        <translation>PDF (*.pdf);;Excel 工作簿 (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>cwb::ResultRows</name>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Expected (rates at their means)</source>
        <translation>期望值（比率取均值）</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标客户</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>对照组</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>接通</translation>
    </message>
    <message>
        <source>Intentions</source>
        <translation>意向</translation>
    </message>
    <message>
        <source>Completions</source>
        <translation>竣工</translation>
    </message>
    <message>
        <source>Incremental completions</source>
        <translation>增量竣工</translation>
    </message>
    <message>
        <source>Revenue (yuan)</source>
        <translation>收入（元）</translation>
    </message>
    <message>
        <source>Cost (yuan)</source>
        <translation>成本（元）</translation>
    </message>
    <message>
        <source>Net (yuan)</source>
        <translation>净收益（元）</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>Break-even intention rate</source>
        <translation>盈亏平衡意向率</translation>
    </message>
    <message>
        <source>Monte Carlo (%1 draws)</source>
        <translation>蒙特卡洛（%1 次抽样）</translation>
    </message>
    <message>
        <source>Net mean</source>
        <translation>净收益均值</translation>
    </message>
    <message>
        <source>Net P5</source>
        <translation>净收益 P5</translation>
    </message>
    <message>
        <source>Net P50</source>
        <translation>净收益 P50</translation>
    </message>
    <message>
        <source>Net P95</source>
        <translation>净收益 P95</translation>
    </message>
    <message>
        <source>ROI mean</source>
        <translation>ROI 均值</translation>
    </message>
    <message>
        <source>ROI P5</source>
        <translation>ROI P5</translation>
    </message>
    <message>
        <source>ROI P50</source>
        <translation>ROI P50</translation>
    </message>
    <message>
        <source>ROI P95</source>
        <translation>ROI P95</translation>
    </message>
    <message>
        <source>P(ROI &gt; 0)</source>
        <translation>P(ROI &gt; 0)</translation>
    </message>
    <message>
        <source>Power (alpha %1 two-sided, power %2)</source>
        <translation>检验功效（双侧 alpha %1，功效 %2）</translation>
    </message>
    <message>
        <source>Control conversion</source>
        <translation>对照组转化率</translation>
    </message>
    <message>
        <source>Expected target conversion</source>
        <translation>目标组期望转化率</translation>
    </message>
    <message>
        <source>Expected uplift</source>
        <translation>期望提升</translation>
    </message>
    <message>
        <source>Minimum detectable uplift</source>
        <translation>最小可检测提升</translation>
    </message>
    <message>
        <source>Needed per group</source>
        <translation>每组所需人数</translation>
    </message>
    <message>
        <source>Needed at the plan&apos;s split (targets + controls)</source>
        <translation>按计划分组比例所需人数（目标 + 对照）</translation>
    </message>
</context>
<context>
    <name>cwb::Rule</name>
    <message>
        <source>expected digits after &apos;.&apos;</source>
        <translation>“.”后应为数字</translation>
    </message>
    <message>
        <source>expected a blank or an operator after the number &apos;%1&apos;</source>
        <translation>数字“%1”后应为空格或运算符</translation>
    </message>
    <message>
        <source>unterminated field name: expected a closing &apos;`&apos;</source>
        <translation>字段名未结束：缺少结尾的“`”</translation>
    </message>
    <message>
        <source>expected a field name between the backticks</source>
        <translation>反引号之间应为字段名</translation>
    </message>
    <message>
        <source>unexpected full-width character &apos;%1&apos;; write &apos;%2&apos;</source>
        <translation>出现全角字符“%1”；请写作“%2”</translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos;</source>
        <translation>无法识别的字符“%1”</translation>
    </message>
    <message>
        <source>the rule is empty: expected a condition such as arpu_m1 &gt; 100</source>
        <translation>规则为空：应为条件，例如 arpu_m1 &gt; 100</translation>
    </message>
    <message>
        <source>unexpected &apos;)&apos; with no matching &apos;(&apos;</source>
        <translation>多余的“)”：没有与之配对的“(”</translation>
    </message>
    <message>
        <source>expected AND, OR or the end of the rule after &apos;%1&apos;, found &apos;%2&apos;</source>
        <translation>“%1”之后应为 AND、OR 或规则结尾，实际为“%2”</translation>
    </message>
    <message>
        <source>the end of the rule</source>
        <translation>规则结尾</translation>
    </message>
    <message>
        <source>the rule is too deep: more than %1 levels of operators and functions (each AND, OR, NOT, comparison, arithmetic operator or function call adds one); for a list of values write field IN (value, ...)</source>
        <translation>规则层次太深：运算符和函数超过 %1 层（每个 AND、OR、NOT、比较、算术运算或函数调用算一层）；多个取值请写作 字段 IN (值, ...)</translation>
    </message>
    <message>
        <source>expected NULL or NOT NULL after IS, found &apos;%1&apos;</source>
        <translation>IS 之后应为 NULL 或 NOT NULL，实际为“%1”</translation>
    </message>
    <message>
        <source>expected &apos;(&apos; after IN, found &apos;%1&apos;</source>
        <translation>IN 之后应为“(”，实际为“%1”</translation>
    </message>
    <message>
        <source>IN list</source>
        <translation>IN 列表</translation>
    </message>
    <message>
        <source>expected AND between the bounds of BETWEEN, found &apos;%1&apos;</source>
        <translation>BETWEEN 的上下限之间应为 AND，实际为“%1”</translation>
    </message>
    <message>
        <source>expected WITH after STARTS, found &apos;%1&apos;</source>
        <translation>STARTS 之后应为 WITH，实际为“%1”</translation>
    </message>
    <message>
        <source>expected &apos;)&apos; to close the %1 opened at line %2, col %3, found &apos;%4&apos;</source>
        <translation>应为“)”以结束第 %2 行第 %3 列开始的%1，实际为“%4”</translation>
    </message>
    <message>
        <source>expected a value, found &apos;%1&apos;</source>
        <translation>应为一个值，实际为“%1”</translation>
    </message>
    <message>
        <source>expected a value after &apos;%1&apos;</source>
        <translation>“%1”之后应为一个值</translation>
    </message>
    <message>
        <source>NULL is not a value: write IS NULL or IS NOT NULL</source>
        <translation>NULL 不是值：请写作 IS NULL 或 IS NOT NULL</translation>
    </message>
    <message>
        <source>expected a tag name after &apos;tag:&apos;</source>
        <translation>“tag:”之后应为标签名</translation>
    </message>
    <message>
        <source>expected a quoted segment name after &apos;segment:&apos;, e.g. segment:&quot;高值高危&quot;</source>
        <translation>“segment:”之后应为带引号的分群名，例如 segment:&quot;高值高危&quot;</translation>
    </message>
    <message>
        <source>unknown function &apos;%1&apos;%2</source>
        <translation>未知函数“%1”%2</translation>
    </message>
    <message>
        <source>; functions are </source>
        <translation>；可用函数：</translation>
    </message>
    <message>
        <source>; did you mean &apos;%1&apos;?</source>
        <translation>；是否指“%1”？</translation>
    </message>
    <message>
        <source>argument list of %1</source>
        <translation>%1 的参数列表</translation>
    </message>
    <message>
        <source>the rule nests too deeply (more than %1 levels of parentheses, NOT, &apos;-&apos; or function calls)</source>
        <translation>规则嵌套太深（括号、NOT、“-”或函数调用超过 %1 层）</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>a date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>a condition (yes/no)</source>
        <translation>条件（是/否）</translation>
    </message>
    <message>
        <source> (in %1)</source>
        <translation>（在 %1 中）</translation>
    </message>
    <message>
        <source>the expression</source>
        <translation>该表达式</translation>
    </message>
    <message>
        <source>today</source>
        <translation>today</translation>
    </message>
    <message>
        <source> is </source>
        <translation> 是</translation>
    </message>
    <message>
        <source>the rule is too complex: it expands to more than %1 characters of SQL (nested min/max/avg?)</source>
        <translation>规则太复杂：展开后的 SQL 超过 %1 个字符（是否嵌套了 min/max/avg？）</translation>
    </message>
    <message>
        <source>%1 needs a condition, but %2</source>
        <translation>%1 需要条件，但%2</translation>
    </message>
    <message>
        <source>%1 needs %2, but %3</source>
        <translation>%1 需要%2，但%3</translation>
    </message>
    <message>
        <source> (write dates as &quot;YYYY-MM-DD&quot;)</source>
        <translation>（日期请写作 &quot;YYYY-MM-DD&quot;）</translation>
    </message>
    <message>
        <source>%1 cannot compare %2 with %3: %4 but %5%6</source>
        <translation>%1 无法比较%2与%3：%4，而%5%6</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos;%2</source>
        <translation>未知字段“%1”%2</translation>
    </message>
    <message>
        <source>the number %1 is too large</source>
        <translation>数字 %1 太大</translation>
    </message>
    <message>
        <source>expected a number, found &apos;%1&apos;</source>
        <translation>应为数字，实际为“%1”</translation>
    </message>
    <message>
        <source>unsupported expression</source>
        <translation>不支持的表达式</translation>
    </message>
    <message>
        <source>months_between() needs dates, but %1</source>
        <translation>months_between() 需要日期，但%1</translation>
    </message>
    <message>
        <source>%1 needs numbers or dates, but %2</source>
        <translation>%1 需要数字或日期，但%2</translation>
    </message>
    <message>
        <source>the rule must be a condition (a comparison, IN, BETWEEN, CONTAINS, IS NULL...), but %1</source>
        <translation>规则必须是条件（比较、IN、BETWEEN、CONTAINS、IS NULL……），但%1</translation>
    </message>
    <message>
        <source>unknown tag &apos;%1&apos;%2</source>
        <translation>未知标签“%1”%2</translation>
    </message>
    <message>
        <source>unknown segment &apos;%1&apos;%2</source>
        <translation>未知分群“%1”%2</translation>
    </message>
    <message>
        <source>%1 refers to itself: %2</source>
        <translation>%1 引用了自身：%2</translation>
    </message>
    <message>
        <source>references nest more than %1 deep</source>
        <translation>引用嵌套超过 %1 层</translation>
    </message>
    <message>
        <source>the rule of %1 does not parse: %2</source>
        <translation>%1 的规则无法解析：%2</translation>
    </message>
    <message>
        <source>&apos;(&apos;</source>
        <translation>“(”</translation>
    </message>
</context>
<context>
    <name>cwb::RunPage</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>Cancel Import</source>
        <translation>取消导入</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <source>The file is read, checked and written in one step: if you cancel, or something goes wrong, the workspace stays exactly as it was.</source>
        <translation>文件的读取、校验和写入一次完成：如果取消或出错，工作区将保持原样。</translation>
    </message>
    <message>
        <source>Importing %1 into %2</source>
        <translation>正在把 %1 导入 %2</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was written; the workspace is as it was. Go back to change the settings or close the wizard.</source>
        <translation>导入已取消。没有写入任何内容，工作区保持原样。可以返回修改设置，或关闭向导。</translation>
    </message>
    <message>
        <source>The import failed.</source>
        <translation>导入失败。</translation>
    </message>
    <message>
        <source>The workspace is as it was. Go back to change the mapping or the options.</source>
        <translation>工作区保持原样。请返回修改映射或选项。</translation>
    </message>
    <message>
        <source>Cancelling… the changes are being rolled back.</source>
        <translation>正在取消…正在回滚更改。</translation>
    </message>
    <message>
        <source>%1 rows read · %2 MB/s</source>
        <translation>已读取 %1 行 · %2 MB/秒</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>约剩 %1</translation>
    </message>
</context>
<context>
    <name>cwb::SavedSegmentsPanel</name>
    <message>
        <source>Save Segment %1</source>
        <translation>保存分群 %1</translation>
    </message>
    <message>
        <source>&amp;Save Current Rule</source>
        <translation>保存当前规则(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Open Rule</source>
        <translation>打开规则(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Materialise</source>
        <translation>固化成员(&amp;M)</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>删除(&amp;M)…</translation>
    </message>
    <message>
        <source>O&amp;verlap</source>
        <translation>重叠(&amp;V)</translation>
    </message>
    <message>
        <source>Remove Segment</source>
        <translation>删除分群</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员数</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>Saved segments</source>
        <translation>已保存的分群</translation>
    </message>
    <message>
        <source>Select two or more segments to see their overlap</source>
        <translation>选择两个或更多分群可查看重叠</translation>
    </message>
    <message>
        <source>for example: high_value_churners</source>
        <translation>例如：high_value_churners</translation>
    </message>
    <message>
        <source>what the segment is for</source>
        <translation>分群的用途</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>负责人(&amp;W)：</translation>
    </message>
    <message>
        <source>&lt;b&gt;Save the current rule as a segment&lt;/b&gt;</source>
        <translation>&lt;b&gt;将当前规则保存为分群&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Overlap</source>
        <translation>重叠</translation>
    </message>
    <message>
        <source>Overlap: select two or more segments and press Overlap.</source>
        <translation>重叠：选择两个或更多分群后点击“重叠”。</translation>
    </message>
    <message>
        <source>rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>list</source>
        <translation>名单</translation>
    </message>
    <message>
        <source>not materialised</source>
        <translation>未固化</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>Type a rule on the Rule tab first.</source>
        <translation>请先在“规则”页输入规则。</translation>
    </message>
    <message>
        <source>Saved segment %1.</source>
        <translation>已保存分群 %1。</translation>
    </message>
    <message>
        <source>Materialising %1…</source>
        <translation>正在固化 %1…</translation>
    </message>
    <message>
        <source>%1: %2 members on data version %3 (%4 s).</source>
        <translation>%1：%2 位成员，数据版本 %3（%4 秒）。</translation>
    </message>
    <message>
        <source>Removed segment %1.</source>
        <translation>已删除分群 %1。</translation>
    </message>
    <message>
        <source>Computing the overlap…</source>
        <translation>正在计算重叠…</translation>
    </message>
    <message>
        <source>Overlap of %1 (A) and %2 (B), base %3:</source>
        <translation>%1（A）与 %2（B）的重叠，全体 %3：</translation>
    </message>
    <message>
        <source>A only</source>
        <translation>仅 A</translation>
    </message>
    <message>
        <source>B only</source>
        <translation>仅 B</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>两者</translation>
    </message>
    <message>
        <source>Neither</source>
        <translation>均不</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>Share of base</source>
        <translation>占全体</translation>
    </message>
    <message>
        <source>Jaccard similarity %1.</source>
        <translation>Jaccard 相似度 %1。</translation>
    </message>
    <message>
        <source>Customers in both segments (the diagonal: the segment&apos;s size), base %1:</source>
        <translation>同时属于两个分群的客户数（对角线：分群规模），全体 %1：</translation>
    </message>
    <message>
        <source>Remove segment %1?</source>
        <translation>删除分群 %1？</translation>
    </message>
    <message>
        <source>Remove Segment %1</source>
        <translation>删除分群 %1</translation>
    </message>
</context>
<context>
    <name>cwb::SegmentTask</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>cwb::SegmentView</name>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>number</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>yes/no</source>
        <translation>是/否</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>电话号码</translation>
    </message>
    <message>
        <source>&amp;Count Now</source>
        <translation>立即计数(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Rule:</source>
        <translation>规则(&amp;R)：</translation>
    </message>
    <message>
        <source>Ctrl+Space completes a field, Ctrl+Return counts now</source>
        <translation>Ctrl+空格 补全字段，Ctrl+回车 立即计数</translation>
    </message>
    <message>
        <source>Segment rule</source>
        <translation>细分规则</translation>
    </message>
    <message>
        <source>Rule error</source>
        <translation>规则错误</translation>
    </message>
    <message>
        <source>Customers selected</source>
        <translation>选中的客户</translation>
    </message>
    <message>
        <source>Count the rule now (Ctrl+Return)</source>
        <translation>立即按规则计数（Ctrl+回车）</translation>
    </message>
    <message>
        <source>Matching customers</source>
        <translation>符合规则的客户</translation>
    </message>
    <message>
        <source>&amp;Fields:</source>
        <translation>字段(&amp;F)：</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Enter or double-click inserts the field into the rule</source>
        <translation>回车或双击将字段插入规则</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在计数…</translation>
    </message>
    <message>
        <source>No customers yet: import an extract first.</source>
        <translation>还没有客户数据：请先导入客户清单。</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>没有打开工作区。</translation>
    </message>
    <message>
        <source>Type a rule: the count follows as you type.</source>
        <translation>输入规则：计数随输入实时更新。</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>第 %1 行，第 %2 列：%3</translation>
    </message>
    <message>
        <source>%1 customers (%2% of %3)</source>
        <translation>%1 位客户（占 %3 的 %2%）</translation>
    </message>
    <message>
        <source>counted in %1 ms</source>
        <translation>计数用时 %1 毫秒</translation>
    </message>
    <message>
        <source>&amp;Matching customers: the first %1 of %2</source>
        <translation>符合规则的客户(&amp;M)：%2 位中的前 %1 位</translation>
    </message>
    <message>
        <source>&amp;Matching customers: all %1</source>
        <translation>符合规则的客户(&amp;M)：全部 %1 位</translation>
    </message>
    <message>
        <source>for example: total_fee_m1 &gt; 100 AND NOT opt_out</source>
        <translation>例如：total_fee_m1 &gt; 100 AND NOT opt_out</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>分群</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>画像</translation>
    </message>
    <message>
        <source>Value × Risk</source>
        <translation>价值 × 风险</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>聚类</translation>
    </message>
</context>
<context>
    <name>cwb::Simulation</name>
    <message>
        <source>cell &apos;%1&apos;: no customer to contact (%2 in the control group); simulated with 0 customers</source>
        <translation>单元“%1”：没有可接触的客户（对照组 %2 人）；按 0 名客户模拟</translation>
    </message>
    <message>
        <source>cell &apos;%1&apos;: %2 eligible customers found no room in any wave and are left out of the plan</source>
        <translation>单元“%1”：%2 名符合条件的客户在各波次中都没有容量，未计入计划</translation>
    </message>
    <message>
        <source>cell &apos;%1&apos;: control_conversion_rate not given; assuming 0 (every completion counts as incremental, which is optimistic)</source>
        <translation>单元“%1”：未给出 control_conversion_rate；按 0 计算（每个竣工都算作增量，偏乐观）</translation>
    </message>
    <message>
        <source>%1: the expected conversion (%2%) is not above the control conversion (%3%); there is no uplift to detect</source>
        <translation>%1：预期转化率（%2%）不高于对照组转化率（%3%）；没有可检测的提升</translation>
    </message>
    <message>
        <source>%1: no control group; the uplift cannot be measured (about %2 customers per group are needed to detect the expected uplift of %3 percentage points)</source>
        <translation>%1：没有对照组，无法衡量提升（要检测 %3 个百分点的预期提升，每组约需 %2 名客户）</translation>
    </message>
    <message>
        <source> points</source>
        <translation> 个百分点</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1: no intention rate breaks even (no customer is reached or completes, or each completion costs at least what it earns over the horizon)</source>
        <translation>%1：任何意向率都无法保本（没有客户被接通或竣工，或每个竣工的成本不低于其在测算期内的收入）</translation>
    </message>
    <message>
        <source>%1: breaking even needs an intention rate of %2%, above 100%</source>
        <translation>%1：保本需要 %2% 的意向率，超过 100%</translation>
    </message>
    <message>
        <source>cell &apos;%1&apos;</source>
        <translation>单元“%1”</translation>
    </message>
    <message>
        <source>%1: the cost can be 0 (no cost per contact and no fixed cost), so ROI is undefined</source>
        <translation>%1：成本可能为 0（没有单次接触成本和固定成本），ROI 无定义</translation>
    </message>
    <message>
        <source>the cell names no offer</source>
        <translation>该单元没有指定套餐</translation>
    </message>
    <message>
        <source>its offer &apos;%1&apos; is not in the workspace&apos;s package catalog</source>
        <translation>其套餐“%1”不在工作区的套餐目录中</translation>
    </message>
    <message>
        <source>the campaign&apos;s split of %1</source>
        <translation>该活动于 %1 的分组</translation>
    </message>
    <message>
        <source>a dry split on the current data (the campaign is not split)</source>
        <translation>基于当前数据的试分组（该活动尚未分组）</translation>
    </message>
    <message>
        <source>%1 targets with a wave + %2 in the control group, from %3</source>
        <translation>%1 名已分配波次的目标客户 + 对照组 %2 名，取自%3</translation>
    </message>
    <message>
        <source>the control group / customers, from %1</source>
        <translation>对照组人数 / 客户数，取自%1</translation>
    </message>
    <message>
        <source>%1 in the package catalog: %2</source>
        <translation>套餐目录中的 %1：%2</translation>
    </message>
    <message>
        <source>cell &apos;%1&apos;: the package &apos;%2&apos; is offered only through %3, not %4</source>
        <translation>单元“%1”：套餐“%2”只通过 %3 提供，不包括 %4</translation>
    </message>
    <message>
        <source>its customers could not be priced on &apos;%1&apos;: %2</source>
        <translation>无法按“%1”为其客户测算费用：%2</translation>
    </message>
    <message>
        <source>none of the cell&apos;s targets (%1) can take &apos;%2&apos; and has a bill today</source>
        <translation>该单元的目标客户（%1）中没有人既能办理“%2”又有当前账单</translation>
    </message>
    <message>
        <source>the cell&apos;s targets priced on %1 (%2) against their bills today, last three months (pricing.h): %3 priced, %4 a month today on average, %5 on the package once the discount ends</source>
        <translation>该单元的目标客户按套餐 %1（%2）对比其近三个月的当前账单测算（pricing.h）：已测算 %3 人，当前平均每月 %4，优惠结束后按该套餐每月 %5</translation>
    </message>
    <message>
        <source>targets left out of the revenue change: %1 (not eligible for the package %2, a bundle slower than their broadband %3, no bill today %4)</source>
        <translation>未计入收入变化的目标客户：%1 人（不符合套餐条件 %2 人，融合套餐宽带慢于其现有宽带 %3 人，无当前账单 %4 人）</translation>
    </message>
    <message>
        <source>cell &apos;%1&apos;: %2</source>
        <translation>单元“%1”：%2</translation>
    </message>
    <message>
        <source>no discount counted: %1</source>
        <translation>未计入优惠：%1</translation>
    </message>
    <message>
        <source>cell &apos;%1&apos;: %2, so the monthly revenue change is the ASSUMED %3 yuan per completion; edit it for the offer</source>
        <translation>单元“%1”：%2，因此月收入变化采用“假设值”：每个竣工 %3 元；请按该套餐修改</translation>
    </message>
    <message>
        <source>%1: the control group (%2 customers) is too small to detect the expected uplift of %3 percentage points (minimum detectable uplift %4 at alpha %5, power %6); at this plan&apos;s control share of %7% about %8 targets and %9 controls are needed</source>
        <translation>%1：对照组（%2 名客户）太小，无法检测 %3 个百分点的预期提升（显著性水平 %5、检验功效 %6 下的最小可检测提升为 %4）；按此计划 %7% 的对照组比例，约需目标客户 %8 名、对照客户 %9 名</translation>
    </message>
    <message>
        <source>%1% off %2 for 1 month</source>
        <translation>%2 元月费优惠 %1%，1 个月</translation>
    </message>
    <message>
        <source>%1% off %2 for %3 months</source>
        <translation>%2 元月费优惠 %1%，%3 个月</translation>
    </message>
    <message>
        <source>%1 yuan off %2 for 1 month</source>
        <translation>%2 元月费减 %1 元，1 个月</translation>
    </message>
    <message>
        <source>%1 yuan off %2 for %3 months</source>
        <translation>%2 元月费减 %1 元，%3 个月</translation>
    </message>
    <message>
        <source>no discount</source>
        <translation>无优惠</translation>
    </message>
    <message>
        <source>%1 yuan</source>
        <translation>%1 元</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 个月</translation>
    </message>
    <message>
        <source>typed in (it was %1: %2)</source>
        <translation>手工输入（原为 %1：%2）</translation>
    </message>
    <message>
        <source>horizon</source>
        <translation>测算期</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>control share</source>
        <translation>对照组比例</translation>
    </message>
    <message>
        <source>connect rate</source>
        <translation>接通率</translation>
    </message>
    <message>
        <source>intention rate</source>
        <translation>意向率</translation>
    </message>
    <message>
        <source>completion rate</source>
        <translation>竣工率</translation>
    </message>
    <message>
        <source>control conversion rate</source>
        <translation>对照组转化率</translation>
    </message>
    <message>
        <source>monthly revenue change per completion after the discount ends</source>
        <translation>优惠结束后每个竣工的月收入变化</translation>
    </message>
    <message>
        <source>discount per completion per month</source>
        <translation>每个竣工每月的优惠</translation>
    </message>
    <message>
        <source>discount months</source>
        <translation>优惠月数</translation>
    </message>
    <message>
        <source>cost per contact</source>
        <translation>单次接触成本</translation>
    </message>
    <message>
        <source>cost per success</source>
        <translation>单次成功成本</translation>
    </message>
    <message>
        <source>fixed cost</source>
        <translation>固定成本</translation>
    </message>
    <message>
        <source>pilot default (simulatedefaults.h)</source>
        <translation>试点默认值（simulatedefaults.h）</translation>
    </message>
    <message>
        <source>not given: assumed 0, so every completion counts as incremental (optimistic)</source>
        <translation>未给出：按 0 计算，即每个竣工都算作增量（偏乐观）</translation>
    </message>
    <message>
        <source>not given: no control group</source>
        <translation>未给出：没有对照组</translation>
    </message>
    <message>
        <source>assumed cost of a contact by %1 (channel default, simulatedefaults.cpp)</source>
        <translation>按渠道 %1 接触一次的假设成本（渠道默认值，simulatedefaults.cpp）</translation>
    </message>
    <message>
        <source>not given: no discount</source>
        <translation>未给出：无优惠</translation>
    </message>
    <message>
        <source>plan default (simulatedefaults.h)</source>
        <translation>计划默认值（simulatedefaults.h）</translation>
    </message>
    <message>
        <source>not given: none</source>
        <translation>未给出：无</translation>
    </message>
    <message>
        <source>ASSUMPTION, not the offer&apos;s figure: the pilot&apos;s 205.2 yuan of incremental revenue per customer per year / 12 (simulatedefaults.h)</source>
        <translation>“假设值”，并非该套餐的数据：试点中每位客户每年 205.2 元的增量收入 / 12（simulatedefaults.h）</translation>
    </message>
    <message>
        <source>monthly revenue change per completion during the discount</source>
        <translation>优惠期间每个竣工的月收入变化</translation>
    </message>
    <message>
        <source>%1 after the discount ends less the discount of %2</source>
        <translation>优惠结束后的 %1 减去优惠 %2</translation>
    </message>
    <message>
        <source>%1 months at %2 during the discount + %3 months at %4 after it</source>
        <translation>优惠期间 %1 个月按 %2 + 优惠结束后 %3 个月按 %4</translation>
    </message>
    <message>
        <source>%1 months at %2</source>
        <translation>%1 个月按 %2</translation>
    </message>
    <message>
        <source>revenue change per completion over the %1-month horizon</source>
        <translation>%1 个月测算期内每个竣工的收入变化</translation>
    </message>
</context>
<context>
    <name>cwb::SimulationCharts</name>
    <message>
        <source>connect</source>
        <translation>接通率</translation>
    </message>
    <message>
        <source>intention</source>
        <translation>意向率</translation>
    </message>
    <message>
        <source>completion</source>
        <translation>竣工率</translation>
    </message>
    <message>
        <source>control conversion</source>
        <translation>对照组转化率</translation>
    </message>
    <message>
        <source>ROI histogram: no ROI to show (the cost can be zero)</source>
        <translation>ROI 直方图：无 ROI 可显示（成本可能为零）</translation>
    </message>
    <message>
        <source>ROI of the plan over %1 draws</source>
        <translation>计划 ROI（%1 次抽样）</translation>
    </message>
    <message>
        <source>ROI (%)</source>
        <translation>ROI（%）</translation>
    </message>
    <message>
        <source>Draws</source>
        <translation>抽样次数</translation>
    </message>
    <message>
        <source>P(ROI &gt; 0) = %1
P5 %2   P50 %3   P95 %4</source>
        <translation>P(ROI &gt; 0) = %1
P5 %2   P50 %3   P95 %4</translation>
    </message>
    <message>
        <source>Total net, one input at a time (base %1)
red: input at its P10, green: at its P90</source>
        <translation>总净收益，每次变动一个输入（基准 %1）
红：该输入取 P10，绿：取 P90</translation>
    </message>
    <message>
        <source>Total net (yuan)</source>
        <translation>总净收益（元）</translation>
    </message>
    <message>
        <source>Every draw gives the same ROI, %1:
all rates are points (open a plan with ranges or evidence)</source>
        <translation>每次抽样的 ROI 都相同，为 %1：
所有比率均为点值（请打开含区间或试点证据的计划）</translation>
    </message>
    <message>
        <source>No tornado: every rate is a point.
Open a plan with ranges or evidence to see which input matters most.</source>
        <translation>无龙卷风图：所有比率均为点值。
请打开含区间或试点证据的计划，查看哪个输入影响最大。</translation>
    </message>
</context>
<context>
    <name>cwb::SimulationView</name>
    <message>
        <source>Remove Cell</source>
        <translation>删除单元</translation>
    </message>
    <message>
        <source>Print Summary…</source>
        <translation>打印摘要…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <source>Open Plan…</source>
        <translation>打开计划…</translation>
    </message>
    <message>
        <source>Save Plan…</source>
        <translation>保存计划…</translation>
    </message>
    <message>
        <source>Add Cell</source>
        <translation>添加单元</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source>&amp;Horizon:</source>
        <translation>测算期(&amp;H)：</translation>
    </message>
    <message>
        <source>Months of incremental revenue counted</source>
        <translation>计入增量收入的月数</translation>
    </message>
    <message>
        <source>&amp;Draws:</source>
        <translation>抽样次数(&amp;D)：</translation>
    </message>
    <message>
        <source>Monte Carlo draws (1 to 1,000,000)</source>
        <translation>蒙特卡洛抽样次数（1 至 1,000,000）</translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation>种子(&amp;E)：</translation>
    </message>
    <message>
        <source>Random seed: the same seed gives the same result</source>
        <translation>随机种子：相同的种子得到相同的结果</translation>
    </message>
    <message>
        <source>&amp;Alpha:</source>
        <translation>Alpha(&amp;A)：</translation>
    </message>
    <message>
        <source>Two-sided test level of the control comparison</source>
        <translation>对照比较的双侧检验水平</translation>
    </message>
    <message>
        <source>&amp;Power:</source>
        <translation>功效(&amp;P)：</translation>
    </message>
    <message>
        <source>Power of the control comparison</source>
        <translation>对照比较的检验功效</translation>
    </message>
    <message>
        <source>Plan cells</source>
        <translation>计划单元</translation>
    </message>
    <message>
        <source>Simulation results</source>
        <translation>模拟结果</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <source>the plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>The plan cannot be simulated: %1</source>
        <translation>无法模拟该计划：%1</translation>
    </message>
    <message>
        <source>Computed (%1 draws)</source>
        <translation>已计算（%1 次抽样）</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 条警告</numerusform>
        </translation>
    </message>
    <message>
        <source>plan typed in</source>
        <translation>手工输入的计划</translation>
    </message>
    <message>
        <source>There is no result to print yet.</source>
        <translation>尚无可打印的结果。</translation>
    </message>
    <message>
        <source>Open a ROI plan</source>
        <translation>打开 ROI 计划</translation>
    </message>
    <message>
        <source>ROI plans (*.json);;All files (*)</source>
        <translation>ROI 计划 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The plan could not be opened:
%1</source>
        <translation>无法打开该计划：
%1</translation>
    </message>
    <message>
        <source>Save the ROI plan</source>
        <translation>保存 ROI 计划</translation>
    </message>
    <message>
        <source>plan.json</source>
        <translation>plan.json</translation>
    </message>
    <message>
        <source>ROI plans (*.json)</source>
        <translation>ROI 计划 (*.json)</translation>
    </message>
    <message>
        <source>Export the plan summary as PDF</source>
        <translation>将计划摘要导出为 PDF</translation>
    </message>
    <message>
        <source>-summary</source>
        <translation>-摘要</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be written:
%1</source>
        <translation>无法写入 PDF：
%1</translation>
    </message>
    <message>
        <source>Print the plan summary</source>
        <translation>打印计划摘要</translation>
    </message>
    <message>
        <source>From Campaign…</source>
        <translation>从营销活动生成…</translation>
    </message>
    <message>
        <source>Keep as Scenario A</source>
        <translation>保留为方案 A</translation>
    </message>
    <message>
        <source>Clear Scenario A</source>
        <translation>清除方案 A</translation>
    </message>
    <message>
        <source>Scenarios side by side</source>
        <translation>方案对比</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>方案对比</translation>
    </message>
    <message>
        <source>Build the plan from a campaign of the open workspace</source>
        <translation>根据当前工作区中的营销活动生成计划</translation>
    </message>
    <message>
        <source>Keep this plan as scenario A, then edit or open scenario B to compare them</source>
        <translation>把此计划保留为方案 A，然后编辑或打开方案 B 进行对比</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>没有打开工作区。</translation>
    </message>
    <message>
        <source>Plan from a campaign</source>
        <translation>从营销活动生成计划</translation>
    </message>
    <message>
        <source>The workspace has no campaign yet.</source>
        <translation>此工作区还没有营销活动。</translation>
    </message>
    <message>
        <source>Campaign (customers from its split, or a dry split when it is not split):</source>
        <translation>营销活动（客户数取自其分组结果；尚未分组时按试分组计算）：</translation>
    </message>
    <message>
        <source>No plan could be built from the campaign:
%1</source>
        <translation>无法根据该营销活动生成计划：
%1</translation>
    </message>
    <message>
        <source>To compare two plans: press “Keep as Scenario A”, then edit the plan or open another one (scenario B). Both are simulated with the same draws.</source>
        <translation>对比两个计划：先点击“保留为方案 A”，再编辑计划或打开另一个计划（方案 B）。两者使用相同的抽样进行模拟。</translation>
    </message>
    <message>
        <source>Net, expected (yuan)</source>
        <translation>净收益期望值（元）</translation>
    </message>
    <message>
        <source>Net, mean (yuan)</source>
        <translation>净收益均值（元）</translation>
    </message>
    <message>
        <source>Net P5</source>
        <translation>净收益 P5</translation>
    </message>
    <message>
        <source>Net P50</source>
        <translation>净收益 P50</translation>
    </message>
    <message>
        <source>Net P95</source>
        <translation>净收益 P95</translation>
    </message>
    <message>
        <source>ROI P5</source>
        <translation>ROI P5</translation>
    </message>
    <message>
        <source>ROI P50</source>
        <translation>ROI P50</translation>
    </message>
    <message>
        <source>ROI P95</source>
        <translation>ROI P95</translation>
    </message>
    <message>
        <source>P(ROI &gt; 0)</source>
        <translation>P(ROI &gt; 0)</translation>
    </message>
    <message>
        <source>P(B − A &gt; 0)</source>
        <translation>P(B − A &gt; 0)</translation>
    </message>
    <message>
        <source>A: %1</source>
        <translation>A：%1</translation>
    </message>
    <message>
        <source>B: %1</source>
        <translation>B：%1</translation>
    </message>
    <message>
        <source>B − A</source>
        <translation>B − A</translation>
    </message>
    <message>
        <source>B minus A per draw, with the same %1 draws and seed %2 for both (common random numbers): net differs by %3 yuan on average; the difference is positive in %4 of the draws.</source>
        <translation>逐次抽样计算 B 减 A，两者使用相同的 %1 次抽样和种子 %2（公共随机数）：净收益平均相差 %3 元；在 %4 的抽样中差值为正。</translation>
    </message>
    <message>
        <source>campaign %1</source>
        <translation>营销活动 %1</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>输入项</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>取值</translation>
    </message>
    <message>
        <source>Where it comes from</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Where the inputs come from</source>
        <translation>输入数据的来源</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Where every default, assumption and offer figure of the plan comes from</source>
        <translation>计划中每个默认值、假设和套餐数据的来源</translation>
    </message>
    <message>
        <source>(plan)</source>
        <translation>（计划）</translation>
    </message>
</context>
<context>
    <name>cwb::SummaryPage</name>
    <message>
        <source>Show Rejected Rows</source>
        <translation>查看被拒绝的行</translation>
    </message>
    <message>
        <source>Import Finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Rows read:</source>
        <translation>读取行数：</translation>
    </message>
    <message>
        <source>Imported:</source>
        <translation>已导入：</translation>
    </message>
    <message>
        <source>Rejected:</source>
        <translation>被拒绝：</translation>
    </message>
    <message>
        <source>Rows with a repeated id:</source>
        <translation>编号重复的行：</translation>
    </message>
    <message>
        <source>Replaced earlier rows:</source>
        <translation>替换的已有行：</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>列数：</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>用时：</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Some rows were set aside. Look at them to see why; the audit under Data shows the quality of each column.</source>
        <translation>有些行被拒绝。请查看原因；“数据”下的审核显示各列的数据质量。</translation>
    </message>
    <message>
        <source>Every row was imported.</source>
        <translation>所有行都已导入。</translation>
    </message>
</context>
<context>
    <name>cwb::TagsPanel</name>
    <message>
        <source>&amp;Save Tag</source>
        <translation>保存标签(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>删除(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Insert into Rule</source>
        <translation>插入规则(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Import JSON…</source>
        <translation>导入 JSON(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export JSON…</source>
        <translation>导出 JSON(&amp;E)…</translation>
    </message>
    <message>
        <source>Remove Tag</source>
        <translation>删除标签</translation>
    </message>
    <message>
        <source>Tag library (*.json)</source>
        <translation>标签库 (*.json)</translation>
    </message>
    <message>
        <source>Export Tags</source>
        <translation>导出标签</translation>
    </message>
    <message>
        <source>Import Tags</source>
        <translation>导入标签</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Tag library</source>
        <translation>标签库</translation>
    </message>
    <message>
        <source>Double-click inserts tag:NAME into the rule</source>
        <translation>双击将 tag:名称 插入规则</translation>
    </message>
    <message>
        <source>for example: ld_fee_m1 / total_fee_m1 &gt; 0.5</source>
        <translation>例如：ld_fee_m1 / total_fee_m1 &gt; 0.5</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Rule:</source>
        <translation>规则(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>Skip tags whose name exists</source>
        <translation>跳过同名标签</translation>
    </message>
    <message>
        <source>Replace tags whose name exists</source>
        <translation>替换同名标签</translation>
    </message>
    <message>
        <source>Rename imported tags whose name exists</source>
        <translation>同名标签改名导入</translation>
    </message>
    <message>
        <source>When an imported tag&apos;s name exists</source>
        <translation>导入的标签重名时</translation>
    </message>
    <message>
        <source>&lt;b&gt;Add or edit a tag&lt;/b&gt;</source>
        <translation>&lt;b&gt;添加或编辑标签&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Saved tag %1.</source>
        <translation>已保存标签 %1。</translation>
    </message>
    <message>
        <source>Remove tag %1?</source>
        <translation>删除标签 %1？</translation>
    </message>
    <message>
        <source>Removed tag %1.</source>
        <translation>已删除标签 %1。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Imported: %n added</source>
        <translation>
            <numerusform>已导入：新增 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>, replaced %1</source>
        <translation>，替换 %1</translation>
    </message>
    <message>
        <source>, skipped %1</source>
        <translation>，跳过 %1</translation>
    </message>
    <message>
        <source>, renamed %1</source>
        <translation>，改名 %1</translation>
    </message>
    <message numerus="yes">
        <source>, %n already the same</source>
        <translation>
            <numerusform>，%n 个已相同</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n tags to %1.</source>
        <translation>
            <numerusform>已将 %n 个标签导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Tag %1</source>
        <translation>保存标签 %1</translation>
    </message>
    <message>
        <source>Remove Tag %1</source>
        <translation>删除标签 %1</translation>
    </message>
</context>
<context>
    <name>cwb::WelcomeView</name>
    <message>
        <source>Campaign Workbench</source>
        <translation>营销活动工作台</translation>
    </message>
    <message>
        <source>Plan, simulate and evaluate targeted marketing pilots — offline, on your own computer.</source>
        <translation>策划、模拟和评估精准营销试点——离线，在您自己的电脑上。</translation>
    </message>
    <message>
        <source>A workspace is one file (.cwb) that holds a pilot: the customer extract, its audit and, in later steps, segments, offers and campaigns. Copy it to back it up or to hand it on.</source>
        <translation>一个工作区就是一个文件（.cwb），保存一次试点的全部内容：客户宽表、数据审核，以及后续步骤中的细分、套餐和营销活动。复制该文件即可备份或转交他人。</translation>
    </message>
    <message>
        <source>New Workspace…</source>
        <translation>新建工作区…</translation>
    </message>
    <message>
        <source>Open Workspace…</source>
        <translation>打开工作区…</translation>
    </message>
    <message>
        <source>Recent workspaces</source>
        <translation>最近的工作区</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>（暂无）</translation>
    </message>
</context>
<context>
    <name>cwb::Workspace</name>
    <message>
        <source>%1 is not a Campaign Workbench workspace (it is not an SQLite database); it was left unchanged</source>
        <translation>%1 不是营销活动工作台的工作区（它不是 SQLite 数据库）；文件保持原样</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a Campaign Workbench workspace; it was left unchanged</source>
        <translation>%1 是 SQLite 数据库，但不是营销活动工作台的工作区；文件保持原样</translation>
    </message>
    <message>
        <source>%1 is not a Campaign Workbench workspace (%2); it was left unchanged</source>
        <translation>%1 不是营销活动工作台的工作区（%2）；文件保持原样</translation>
    </message>
    <message>
        <source>%1 has no schema version; it was left unchanged</source>
        <translation>%1 没有结构版本号；文件保持原样</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 不存在</translation>
    </message>
    <message>
        <source>%1 is empty, not a workspace</source>
        <translation>%1 是空的，不是工作区</translation>
    </message>
    <message>
        <source>workspace %1 does not exist</source>
        <translation>工作区 %1 不存在</translation>
    </message>
    <message>
        <source>%1 is an empty file, not a workspace</source>
        <translation>%1 是空文件，不是工作区</translation>
    </message>
    <message>
        <source>%1 uses workspace format %2 and must be upgraded to %3; open it for writing once</source>
        <translation>%1 使用工作区格式 %2，需要升级到 %3；请以可写方式打开一次</translation>
    </message>
    <message>
        <source>%1 already exists; open it instead</source>
        <translation>%1 已存在；请直接打开它</translation>
    </message>
    <message>
        <source>%1 was written by a newer Campaign Workbench (workspace format %2; this version reads up to %3). Update the application to open it; the file was left unchanged</source>
        <translation>%1 由更新版本的营销活动工作台写入（工作区格式 %2；本版本最高读取 %3）。请更新应用程序后再打开；文件保持原样</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name</source>
        <translation>%1 已存在；请换一个名称</translation>
    </message>
    <message>
        <source>a copy cannot replace the workspace itself</source>
        <translation>副本不能替换工作区本身</translation>
    </message>
</context>
<context>
    <name>cwb::WorkspaceLock</name>
    <message>
        <source>Wait until it has finished, or close %1 there, then try again.</source>
        <translation>请等待它完成，或在那边关闭 %1，然后重试。</translation>
    </message>
    <message>
        <source>That process has ended; try again (its lock is taken over).</source>
        <translation>该进程已结束；请重试（它的锁会被接管）。</translation>
    </message>
    <message>
        <source>No permission to write in the folder %1: the workspace %2 needs a lock file beside it to be written. Copy the workspace to a folder you can write, or open it read-only.</source>
        <translation>没有在文件夹 %1 中写入的权限：要写入工作区 %2，需要在它旁边创建锁文件。请把工作区复制到您有写入权限的文件夹，或以只读方式打开。</translation>
    </message>
    <message>
        <source>%1 is locked for writing by another program (its lock file %2 cannot be read).</source>
        <translation>%1 已被另一个程序锁定写入（无法读取其锁文件 %2）。</translation>
    </message>
    <message>
        <source>%1 is open for writing by %2. %3</source>
        <translation>%1 正由%2以可写方式打开。%3</translation>
    </message>
    <message>
        <source>%1 is open for writing in this program; close it first.</source>
        <translation>%1 已在本程序中以可写方式打开；请先关闭它。</translation>
    </message>
    <message>
        <source>%1 is open for writing by %2, which is still running; it was not unlocked. Close it there first.</source>
        <translation>%1 正由%2以可写方式打开，该进程仍在运行；未解锁。请先在那边关闭它。</translation>
    </message>
    <message>
        <source>the lock file %1 could not be removed (another process on this computer holds it, or the folder is read-only)</source>
        <translation>无法删除锁文件 %1（本机的另一个进程持有它，或文件夹是只读的）</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>未知时间</translation>
    </message>
    <message>
        <source>process %1%2 on this computer since %3</source>
        <translation>本机进程 %1%2（自 %3 起）</translation>
    </message>
    <message>
        <source>process %1%2 on the computer %3 since %4</source>
        <translation>电脑 %3 上的进程 %1%2（自 %4 起）</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>（未知）</translation>
    </message>
    <message>
        <source>If %1 no longer has the workspace open (it was switched off or crashed), remove its lock with `cwb workspace unlock --workspace %2`, or with Unlock… in the application when it says the workspace is in use. Never do so while %1 may still be writing it.</source>
        <translation>如果 %1 已不再打开该工作区（已关机或崩溃），请用 `cwb workspace unlock --workspace %2` 移除它的锁，或在应用程序提示工作区正被使用时点击“解锁…”。%1 可能仍在写入时，切勿这样做。</translation>
    </message>
</context>
<context>
    <name>cwb::WorkspaceStatus</name>
    <message>
        <source>No workspace open</source>
        <translation>没有打开工作区</translation>
    </message>
    <message>
        <source>%1 customers</source>
        <translation>%1 位客户</translation>
    </message>
    <message>
        <source>Last import: %1, %2 (%3 rows, %4 rejected)</source>
        <translation>最近导入：%1，%2（%3 行，%4 行被拒绝）</translation>
    </message>
    <message>
        <source>No import yet</source>
        <translation>尚未导入</translation>
    </message>
    <message>
        <source>Cannot read the workspace: %1</source>
        <translation>无法读取工作区：%1</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>只读</translation>
    </message>
</context>
<context>
    <name>cwb::XlsxReader</name>
    <message>
        <source>%1: file not found</source>
        <translation>%1：找不到文件</translation>
    </message>
    <message>
        <source>%1 is a damaged zip archive (its table of contents is missing: was the file cut short while copying or downloading?)</source>
        <translation>%1 是已损坏的 zip 压缩包（缺少目录：是否在复制或下载时被截断了？）</translation>
    </message>
    <message>
        <source>%1 is not an .xlsx workbook: it is not a zip archive (an .xlsx file is one; is it a CSV file with the wrong extension?)</source>
        <translation>%1 不是 .xlsx 工作簿：它不是 zip 压缩包（.xlsx 文件都是 zip 压缩包；是不是扩展名错误的 CSV 文件？）</translation>
    </message>
    <message>
        <source>%1: cannot open it as an .xlsx workbook: %2</source>
        <translation>%1：无法作为 .xlsx 工作簿打开：%2</translation>
    </message>
    <message>
        <source>%1 is a zip archive but not an .xlsx workbook: it has no %2</source>
        <translation>%1 是 zip 压缩包，但不是 .xlsx 工作簿：其中没有 %2</translation>
    </message>
    <message>
        <source>%1 is an OpenDocument spreadsheet (.ods), not an .xlsx workbook: open it in LibreOffice, WPS or Excel and save it as .xlsx or as CSV, then import that</source>
        <translation>%1 是 OpenDocument 电子表格（.ods），不是 .xlsx 工作簿：请用 LibreOffice、WPS 或 Excel 打开，另存为 .xlsx 或 CSV 后再导入</translation>
    </message>
    <message>
        <source>%1 is an OpenDocument text or presentation, not a table of rows</source>
        <translation>%1 是 OpenDocument 文本或演示文稿，不是数据表</translation>
    </message>
    <message>
        <source>%1 is a Word document (.docx), not a table of rows: copy the table into Excel and save it as .xlsx or CSV, then import that</source>
        <translation>%1 是 Word 文档（.docx），不是数据表：请把表格复制到 Excel，另存为 .xlsx 或 CSV 后再导入</translation>
    </message>
    <message>
        <source>%1 is a PowerPoint presentation (.pptx), not a table of rows</source>
        <translation>%1 是 PowerPoint 演示文稿（.pptx），不是数据表</translation>
    </message>
    <message>
        <source>%1; it holds %2: extract it and import the file inside</source>
        <translation>%1；其中包含 %2：请解压后导入其中的文件</translation>
    </message>
    <message>
        <source>%1; the archive is empty</source>
        <translation>%1；压缩包是空的</translation>
    </message>
    <message>
        <source>%1 (it holds %2)</source>
        <translation>%1（其中包含 %2）</translation>
    </message>
    <message>
        <source>%1: the workbook expands to more than %2 MB in all (%3 alone is %4 MB); the file is damaged or made to exhaust memory. If it is a real workbook, export the sheet as CSV and import that</source>
        <translation>%1：工作簿解压后总计超过 %2 MB（仅 %3 就有 %4 MB）；文件已损坏或被特意构造来耗尽内存。如果确实是正常的工作簿，请把工作表导出为 CSV 后再导入</translation>
    </message>
    <message>
        <source>%1: cannot read %2 inside the workbook: %3</source>
        <translation>%1：无法读取工作簿中的 %2：%3</translation>
    </message>
    <message>
        <source>%1: %2 expands to %3 MB, more than the %4 MB this part of a workbook may have; the file is damaged or made to exhaust memory (a &quot;zip bomb&quot;). If it is a real workbook, export the sheet as CSV and import that</source>
        <translation>%1：%2 解压后为 %3 MB，超过了工作簿这一部分允许的 %4 MB；文件已损坏或被特意构造来耗尽内存（“zip 炸弹”）。如果确实是正常的工作簿，请把工作表导出为 CSV 后再导入</translation>
    </message>
    <message>
        <source>%1: %2 expands to more than %3 MB, the most this part of a workbook may have; the file is damaged or made to exhaust memory (a &quot;zip bomb&quot;). If it is a real workbook, export the sheet as CSV and import that</source>
        <translation>%1：%2 解压后超过 %3 MB，即工作簿这一部分允许的上限；文件已损坏或被特意构造来耗尽内存（“zip 炸弹”）。如果确实是正常的工作簿，请把工作表导出为 CSV 后再导入</translation>
    </message>
    <message>
        <source>%1: %2 expands %3 times (%4 MB from %5 bytes), more than the %6 times real workbooks come near; the file is damaged or made to exhaust memory (a &quot;zip bomb&quot;). If it is a real workbook, export the sheet as CSV and import that</source>
        <translation>%1：%2 的压缩比为 %3 倍（由 %5 字节解压为 %4 MB），超过了正常工作簿接近的 %6 倍；文件已损坏或被特意构造来耗尽内存（“zip 炸弹”）。如果确实是正常的工作簿，请把工作表导出为 CSV 后再导入</translation>
    </message>
    <message>
        <source>%1: %2 has a single XML element or text of more than %3 MB (from XML line %4); no workbook cell holds that much: the file is damaged or made to exhaust memory</source>
        <translation>%1：%2 中有一个超过 %3 MB 的 XML 元素或文本（从 XML 第 %4 行开始）；工作簿的单元格不会包含这么多内容：文件已损坏或被特意构造来耗尽内存</translation>
    </message>
    <message>
        <source>%1: the archive is damaged after row %2: %3</source>
        <translation>%1：压缩包在第 %2 行之后已损坏：%3</translation>
    </message>
    <message>
        <source>%1: %2 inside the workbook is damaged: %3</source>
        <translation>%1：工作簿中的 %2 已损坏：%3</translation>
    </message>
    <message>
        <source>%1: %2 expands to more than the %3 bytes the archive&apos;s directory declares for it: the archive is damaged or made to exhaust memory</source>
        <translation>%1：%2 解压后超过了压缩包目录为其声明的 %3 字节：压缩包已损坏或被特意构造来耗尽内存</translation>
    </message>
    <message>
        <source>%1: the workbook expands to more than %2 MB in all; the file is damaged or made to exhaust memory. If it is a real workbook, export the sheet as CSV and import that</source>
        <translation>%1：工作簿解压后总计超过 %2 MB；文件已损坏或被特意构造来耗尽内存。如果确实是正常的工作簿，请把工作表导出为 CSV 后再导入</translation>
    </message>
    <message>
        <source>%1: %2 inside the workbook is not valid XML (line %3, column %4): %5</source>
        <translation>%1：工作簿中的 %2 不是有效的 XML（第 %3 行，第 %4 列）：%5</translation>
    </message>
    <message>
        <source>%1: shared string %2 in %3 holds more than %4 MB of text (Excel allows 32,767 characters in a cell); the file is damaged or made to exhaust memory</source>
        <translation>%1：%3 中的共享字符串 %2 包含超过 %4 MB 的文本（Excel 每个单元格最多 32,767 个字符）；文件已损坏或被特意构造来耗尽内存</translation>
    </message>
    <message>
        <source>%1: sheet &apos;%2&apos; is a chart sheet, not a table of rows</source>
        <translation>%1：工作表“%2”是图表工作表，不是数据表</translation>
    </message>
    <message>
        <source>%1 has no worksheet</source>
        <translation>%1 中没有工作表</translation>
    </message>
    <message>
        <source>%1 has no sheet &apos;%2&apos;; its sheets are: %3</source>
        <translation>%1 中没有工作表“%2”；其工作表有：%3</translation>
    </message>
    <message>
        <source>%1: sheet &apos;%2&apos; is missing from the archive (no %3)</source>
        <translation>%1：压缩包中缺少工作表“%2”（没有 %3）</translation>
    </message>
    <message>
        <source>%1, sheet &apos;%2&apos;</source>
        <translation>%1，工作表“%2”</translation>
    </message>
    <message>
        <source>at sheet row %1</source>
        <translation>工作表第 %1 行处</translation>
    </message>
    <message>
        <source>before the first row</source>
        <translation>第一行之前</translation>
    </message>
    <message>
        <source>%1: the sheet XML (%2) ends too early %3: the file is truncated</source>
        <translation>%1：工作表 XML（%2）在%3过早结束：文件不完整</translation>
    </message>
    <message>
        <source>%1: broken sheet XML (%2) %3 (XML line %4, column %5): %6</source>
        <translation>%1：工作表 XML（%2）在%3有误（XML 第 %4 行，第 %5 列）：%6</translation>
    </message>
    <message>
        <source>%1, row %2, column %3: the cell holds more than %4 MB of text (Excel allows 32,767 characters in a cell); the file is damaged or made to exhaust memory</source>
        <translation>%1，第 %2 行，第 %3 列：单元格包含超过 %4 MB 的文本（Excel 每个单元格最多 32,767 个字符）；文件已损坏或被特意构造来耗尽内存</translation>
    </message>
    <message>
        <source>%1, row %2: invalid cell reference &apos;%3&apos;</source>
        <translation>%1，第 %2 行：无效的单元格引用“%3”</translation>
    </message>
    <message>
        <source>%1, row %2, column %3: the cell refers to shared string &apos;%4&apos; but the workbook has %5 shared strings</source>
        <translation>%1，第 %2 行，第 %3 列：单元格引用了共享字符串“%4”，但工作簿只有 %5 个共享字符串</translation>
    </message>
    <message>
        <source>%1, row %2: the row holds more than %3 MB of text; the file is damaged or made to exhaust memory</source>
        <translation>%1，第 %2 行：该行包含超过 %3 MB 的文本；文件已损坏或被特意构造来耗尽内存</translation>
    </message>
</context>
</TS>
