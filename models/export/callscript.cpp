// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/callscript.h"

#include "campaign/campaignstore.h"
#include "core/atomicfile.h"
#include "core/error.h"
#include "workspace/workspace.h"

#include <QAbstractTextDocumentLayout>
#include <QFile>
#include <QFileInfo>
#include <QFont>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPaintEngine>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStringDecoder>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextList>

#include <algorithm>
#include <functional>
#include <initializer_list>

namespace cwb::exporting {

namespace {

QString tr2(Language language, const char *chinese, const char *english)
{
    return language == Language::Chinese ? QString::fromUtf8(chinese) : QString::fromUtf8(english);
}

enum class Section
{
    None,
    Opening,
    SellingPoints,
    Offer,
    Objections,
    Close
};

Section sectionFromName(const QString &raw)
{
    const QString name = raw.trimmed().toLower();
    if (name == QLatin1String("opening") || name == QStringLiteral("开场白"))
        return Section::Opening;
    if (name == QLatin1String("selling_points") || name == QStringLiteral("卖点"))
        return Section::SellingPoints;
    if (name == QLatin1String("offer") || name == QStringLiteral("推荐方案"))
        return Section::Offer;
    if (name == QLatin1String("objections") || name == QStringLiteral("异议处理"))
        return Section::Objections;
    if (name == QLatin1String("close") || name == QStringLiteral("结束语"))
        return Section::Close;
    return Section::None;
}

void appendLine(QString &text, const QString &line)
{
    if (!text.isEmpty())
        text += QLatin1Char('\n');
    text += line;
}

// Text to HTML: escaped, line breaks kept.
QString html(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
}

// A Markdown heading line ("### x", "#", up to three spaces before): not allowed in a section.
bool isHeadingLine(const QString &line)
{
    static const QRegularExpression heading(QStringLiteral("^ {0,3}#{1,6}(\\s|$)"));
    return heading.match(line).hasMatch();
}

// A line of only '=' or '-' under a line of text makes that text a (setext) heading.
bool isSetextUnderline(const QString &line, const QString &previous)
{
    static const QRegularExpression underline(QStringLiteral("^ {0,3}(=+|-+)\\s*$"));
    static const QRegularExpression listItem(QStringLiteral("^\\s*([-*+]|[0-9]+[.)])(\\s|$)"));
    return underline.match(line).hasMatch() && !previous.trimmed().isEmpty() &&
           !listItem.match(previous).hasMatch();
}

QString headingError(const QString &where)
{
    return QStringLiteral("%1: a heading inside a section; only '# ' (the title) and '## ' (a "
                          "section) start headings in a script, write **bold** text instead")
        .arg(where);
}

// Checks the body of a section: merge fields and no headings; where(n) names line n (1-based).
void checkBody(const QString &text, const std::function<QString(int)> &where)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype n = 0; n < lines.size(); ++n) {
        const QString &line = lines.at(n);
        if (isHeadingLine(line) || (n > 0 && isSetextUnderline(line, lines.at(n - 1))))
            throw Error(headingError(where(int(n + 1))));
        mergeFields(line, {}, Language::English, where(int(n + 1)));
    }
}

// Markdown special characters escaped so that a merged value prints as it is.
QString escapeMarkdown(const QString &value)
{
    QString out;
    out.reserve(value.size());
    for (const QChar c : value) {
        if (c.unicode() < 128 && c.isPunct())
            out += QLatin1Char('\\');
        else if (c == QLatin1Char('<') || c == QLatin1Char('>') || c == QLatin1Char('|') ||
                 c == QLatin1Char('`') || c == QLatin1Char('~') || c == QLatin1Char('+') ||
                 c == QLatin1Char('=') || c == QLatin1Char('^') || c == QLatin1Char('$'))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

bool hasChinese(const QString &text)
{
    for (const QChar c : text)
        if (c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF)
            return true;
    return false;
}

QFont documentFont(double points)
{
    QFont font;
    font.setFamilies({QStringLiteral("Noto Sans CJK SC"), QStringLiteral("WenQuanYi Micro Hei"),
                      QStringLiteral("Source Han Sans SC"), QStringLiteral("Microsoft YaHei"),
                      QStringLiteral("SimSun"), QStringLiteral("DejaVu Sans")});
    font.setPointSizeF(points);
    return font;
}

// Paints a document page by page onto the writer; returns the pages painted.
int paintDocument(QPagedPaintDevice &writer, QPainter &painter, QTextDocument &document,
                  bool &first)
{
    const QRectF page = writer.pageLayout().paintRectPixels(writer.logicalDpiY());
    document.documentLayout()->setPaintDevice(&writer);
    document.setPageSize(page.size());
    const int pages = document.pageCount();
    for (int p = 0; p < pages; ++p) {
        if (!first && !writer.newPage())
            throw Error(QStringLiteral("cannot add a page to the PDF"));
        first = false;
        painter.save();
        painter.translate(0, -p * page.height());
        document.drawContents(&painter, QRectF(0, p * page.height(), page.width(), page.height()));
        painter.restore();
    }
    return pages;
}

} // namespace

QStringList mergeFieldNames()
{
    return {QStringLiteral("customer_name"), QStringLiteral("features"), QStringLiteral("savings"),
            QStringLiteral("package"),       QStringLiteral("price"),    QStringLiteral("campaign"),
            QStringLiteral("cell"),          QStringLiteral("agent")};
}

QString mergeFieldPlaceholder(const QString &field, Language l)
{
    QString label;
    if (field == QLatin1String("customer_name"))
        label = tr2(l, "客户姓名", "customer name");
    else if (field == QLatin1String("features"))
        label = tr2(l, "客户特征", "customer features");
    else if (field == QLatin1String("savings"))
        label = tr2(l, "每月节省金额", "monthly saving");
    else if (field == QLatin1String("package"))
        label = tr2(l, "推荐套餐", "recommended package");
    else if (field == QLatin1String("price"))
        label = tr2(l, "套餐月费", "package price");
    else if (field == QLatin1String("campaign"))
        label = tr2(l, "活动名称", "campaign");
    else if (field == QLatin1String("cell"))
        label = tr2(l, "分组", "cell");
    else
        label = tr2(l, "外呼员", "agent");
    return l == Language::Chinese ? QStringLiteral("【%1】").arg(label)
                                  : QStringLiteral("[%1]").arg(label);
}

QString mergeFields(const QString &text, const QHash<QString, QString> &values, Language language,
                    const QString &where)
{
    static const QStringList known = mergeFieldNames();
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const bool doubled = i + 1 < text.size() && text.at(i + 1) == c;
        if (c == QLatin1Char('}')) {
            if (!doubled)
                throw Error(
                    QStringLiteral("%1: a '}' without its '{' (write }} for a brace)").arg(where));
            out += c;
            ++i;
            continue;
        }
        if (c != QLatin1Char('{')) {
            out += c;
            continue;
        }
        if (doubled) {
            out += c;
            ++i;
            continue;
        }
        const qsizetype end = text.indexOf(QLatin1Char('}'), i + 1);
        if (end < 0)
            throw Error(QStringLiteral("%1: '{' without its closing '}'").arg(where));
        const QString field = text.mid(i + 1, end - i - 1).trimmed();
        if (!known.contains(field))
            throw Error(QStringLiteral("%1: unknown merge field {%2}; expected one of %3")
                            .arg(where, field, known.join(QStringLiteral(", "))));
        const auto it = values.constFind(field);
        out += it != values.constEnd() ? *it : mergeFieldPlaceholder(field, language);
        i = end;
    }
    return out;
}

CallScript parseCallScript(const QString &text, const QString &source)
{
    CallScript script;
    Section section = Section::None;
    const QStringList lines = text.split(QLatin1Char('\n'));
    bool answer = false;
    QList<int> objectionLines;
    QString previous; // the section's line before this one
    for (qsizetype n = 0; n < lines.size(); ++n) {
        QString line = lines.at(n);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (n == 0 && line.startsWith(QChar(0xFEFF)))
            line.remove(0, 1);
        const QString where = QStringLiteral("%1:%2").arg(source).arg(n + 1);
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(QLatin1String("## "))) {
            section = sectionFromName(trimmed.mid(3));
            previous.clear();
            if (section == Section::None)
                throw Error(QStringLiteral("%1: unknown section '%2'; expected opening, "
                                           "selling_points, offer, objections or close")
                                .arg(where, trimmed.mid(3).trimmed()));
            continue;
        }
        if (trimmed.startsWith(QLatin1String("# "))) {
            script.title = trimmed.mid(2).trimmed();
            mergeFields(script.title, {}, Language::English, where);
            continue;
        }
        // Checked now so that a typo is reported with its line, not when printing.
        if (section != Section::None && (isHeadingLine(line) || isSetextUnderline(line, previous)))
            throw Error(headingError(where));
        previous = line;
        mergeFields(line, {}, Language::English, where);
        switch (section) {
        case Section::None:
            if (!trimmed.isEmpty())
                throw Error(QStringLiteral("%1: text before the first section (start one with "
                                           "'## opening')")
                                .arg(where));
            break;
        case Section::Opening:
            appendLine(script.opening, line);
            break;
        case Section::SellingPoints:
            appendLine(script.sellingPoints, line);
            break;
        case Section::Offer:
            appendLine(script.offer, line);
            break;
        case Section::Close:
            appendLine(script.close, line);
            break;
        case Section::Objections: {
            auto starts = [&](std::initializer_list<const char *> prefixes, QString &rest) {
                for (const char *p : prefixes) {
                    const QString prefix = QString::fromUtf8(p);
                    if (trimmed.startsWith(prefix)) {
                        rest = trimmed.mid(prefix.size()).trimmed();
                        return true;
                    }
                }
                return false;
            };
            QString rest;
            if (starts({"Q:", "q:", "问：", "问:"}, rest)) {
                script.objections.append({rest, {}});
                objectionLines.append(int(n + 1));
                answer = false;
            } else if (starts({"A:", "a:", "答：", "答:"}, rest)) {
                if (script.objections.isEmpty())
                    throw Error(QStringLiteral("%1: an answer before any question (start it with "
                                               "'Q:' or '问：')")
                                    .arg(where));
                appendLine(script.objections.last().answer, rest);
                answer = true;
            } else if (!trimmed.isEmpty()) {
                if (script.objections.isEmpty())
                    throw Error(QStringLiteral("%1: objections are 'Q:' / 'A:' (问： / 答：) lines")
                                    .arg(where));
                appendLine(answer ? script.objections.last().answer
                                  : script.objections.last().question,
                           trimmed);
            }
            break;
        }
        }
    }
    auto tidy = [](QString &s) { s = s.trimmed(); };
    tidy(script.opening);
    tidy(script.sellingPoints);
    tidy(script.offer);
    tidy(script.close);
    for (qsizetype i = 0; i < script.objections.size(); ++i)
        if (script.objections.at(i).answer.trimmed().isEmpty())
            throw Error(QStringLiteral("%1:%2: the question has no answer ('A:' or '答：')")
                            .arg(source)
                            .arg(objectionLines.at(i)));
    if (script.opening.isEmpty() && script.sellingPoints.isEmpty() && script.offer.isEmpty() &&
        script.close.isEmpty() && script.objections.isEmpty())
        throw Error(QStringLiteral("%1: the script has no sections").arg(source));
    return script;
}

CallScript loadCallScript(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    const QByteArray bytes = file.readAll();
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(bytes);
    if (decoder.hasError())
        throw Error(QStringLiteral("%1: a script must be UTF-8 text").arg(path));
    return parseCallScript(text, QFileInfo(path).fileName());
}

CallScript defaultCallScript(Language language)
{
    // Embedded by qt_add_resources (models/export/CMakeLists.txt).
    return loadCallScript(language == Language::Chinese
                              ? QStringLiteral(":/callscripts/call-script-zh.txt")
                              : QStringLiteral(":/callscripts/call-script-en.txt"));
}

void checkCallScript(const CallScript &script)
{
    mergeFields(script.title, {}, Language::English, QStringLiteral("title"));
    if (script.title.contains(QLatin1Char('\n')))
        throw Error(QStringLiteral("title: the title is one line"));
    const std::pair<const char *, const QString *> sections[] = {
        {"opening", &script.opening},
        {"selling_points", &script.sellingPoints},
        {"offer", &script.offer},
        {"close", &script.close}};
    for (const auto &section : sections) {
        const char *name = section.first; // captured below: not a structured binding
        checkBody(*section.second, [name](int line) {
            return QStringLiteral("%1, line %2").arg(QLatin1String(name)).arg(line);
        });
    }
    for (qsizetype i = 0; i < script.objections.size(); ++i) {
        const Objection &o = script.objections.at(i);
        const auto where = [i](const char *part) {
            return [i, part](int line) {
                return QStringLiteral("objection %1, %2 line %3")
                    .arg(i + 1)
                    .arg(QLatin1String(part))
                    .arg(line);
            };
        };
        if (o.question.trimmed().isEmpty())
            throw Error(QStringLiteral("objection %1: the question is empty").arg(i + 1));
        if (o.answer.trimmed().isEmpty())
            throw Error(QStringLiteral("objection %1: the question has no answer").arg(i + 1));
        checkBody(o.question, where("question"));
        checkBody(o.answer, where("answer"));
    }
}

QString formatCallScript(const CallScript &script)
{
    checkCallScript(script);
    // A continuation line of an objection that starts like a question or an answer would read
    // back as one.
    static const QRegularExpression marker(QStringLiteral("^\\s*(Q:|q:|A:|a:|问：|问:|答：|答:)"));
    for (qsizetype i = 0; i < script.objections.size(); ++i)
        for (const QString *text :
             {&script.objections.at(i).question, &script.objections.at(i).answer})
            for (const QString &line : text->trimmed().split(QLatin1Char('\n')).mid(1))
                if (marker.match(line).hasMatch())
                    throw Error(QStringLiteral("objection %1: a line of it starts like a question "
                                               "or an answer (Q:, A:, 问：, 答：)")
                                    .arg(i + 1));
    const bool chinese = hasChinese(script.title);
    QString text;
    if (!script.title.trimmed().isEmpty())
        text += QStringLiteral("# %1\n\n").arg(script.title.trimmed());
    auto section = [&](const char *english, const char *chineseName, const QString &body) {
        if (body.trimmed().isEmpty())
            return;
        text += QStringLiteral("## %1\n%2\n\n")
                    .arg(chinese ? QString::fromUtf8(chineseName) : QString::fromUtf8(english),
                         body.trimmed());
    };
    section("opening", "开场白", script.opening);
    section("selling_points", "卖点", script.sellingPoints);
    section("offer", "推荐方案", script.offer);
    if (!script.objections.isEmpty()) {
        text += chinese ? QStringLiteral("## 异议处理\n") : QStringLiteral("## objections\n");
        for (const Objection &o : script.objections) {
            const bool zh = chinese || hasChinese(o.question);
            text += (zh ? QStringLiteral("问：") : QStringLiteral("Q: ")) + o.question.trimmed() +
                    QLatin1Char('\n');
            text += (zh ? QStringLiteral("答：") : QStringLiteral("A: ")) + o.answer.trimmed() +
                    QLatin1Char('\n');
        }
        text += QLatin1Char('\n');
    }
    section("close", "结束语", script.close);
    if (text.endsWith(QLatin1String("\n\n")))
        text.chop(1);
    // What is written must read back as the same script: a continuation line of an objection
    // that starts like a question or answer, for one, would not.
    const CallScript back = parseCallScript(text, QStringLiteral("script"));
    auto same = [](const QString &a, const QString &b) { return a.trimmed() == b.trimmed(); };
    bool equal = same(back.title, script.title) && same(back.opening, script.opening) &&
                 same(back.sellingPoints, script.sellingPoints) && same(back.offer, script.offer) &&
                 same(back.close, script.close) &&
                 back.objections.size() == script.objections.size();
    for (qsizetype i = 0; equal && i < back.objections.size(); ++i) {
        QString question = script.objections.at(i).question.trimmed();
        QString answer = script.objections.at(i).answer.trimmed();
        // The file keeps an objection's lines trimmed.
        auto trimLines = [](const QString &t) {
            QStringList lines = t.split(QLatin1Char('\n'));
            for (QString &l : lines)
                l = l.trimmed();
            lines.removeAll(QString());
            return lines.join(QLatin1Char('\n'));
        };
        equal = trimLines(back.objections.at(i).question) == trimLines(question) &&
                trimLines(back.objections.at(i).answer) == trimLines(answer);
        if (!equal)
            throw Error(QStringLiteral("objection %1: a line of it starts like a question or "
                                       "an answer (Q:, A:, 问：, 答：)")
                            .arg(i + 1));
    }
    if (!equal)
        throw Error(QStringLiteral("the script cannot be written in the script file format"));
    return text;
}

void saveCallScript(const CallScript &script, const QString &path)
{
    const QByteArray bytes = formatCallScript(script).toUtf8();
    saveFile(path, bytes);
}

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber();
}

// Escapes what Markdown would read as syntax inside a run of text; fields ({...}) stay as they
// are. atBlockStart: the run starts its paragraph (leading markers are escaped too).
QString escapeRun(const QString &text, bool atBlockStart, QChar before, QChar after)
{
    QString out;
    int depth = 0; // inside a merge field's braces
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const QChar prev = i > 0 ? text.at(i - 1) : before;
        const QChar next = i + 1 < text.size() ? text.at(i + 1) : after;
        if (c == QLatin1Char('{')) {
            ++depth;
        } else if (c == QLatin1Char('}') && depth > 0) {
            --depth;
        } else if (depth == 0) {
            if (c == QLatin1Char('*') || c == QLatin1Char('\\') || c == QLatin1Char('`') ||
                (c == QLatin1Char('_') && !(isWordChar(prev) && isWordChar(next))))
                out += QLatin1Char('\\');
            else if (c == QLatin1Char('&') && next.isLetter())
                out += QLatin1Char('\\');
        }
        if (c == QChar::LineSeparator) {
            out += QStringLiteral("\\\n"); // a hard line break
            continue;
        }
        out += c;
    }
    if (atBlockStart) {
        static const QRegularExpression leading(
            QStringLiteral("^(\\s*)(#|>|[-+](?=\\s|$)|=+\\s*$|-+\\s*$|[0-9]+(?=[.)]))"));
        const QRegularExpressionMatch m = leading.match(out);
        if (m.hasMatch()) {
            if (m.captured(2).at(0).isDigit())
                out.insert(m.capturedEnd(2), QLatin1Char('\\'));
            else
                out.insert(m.capturedStart(2), QLatin1Char('\\'));
        }
    }
    return out;
}

// One paragraph's text with ** and * around its bold and italic runs (spaces kept outside).
QString blockMarkdown(const QTextBlock &block)
{
    struct Run
    {
        QString text;
        bool bold;
        bool italic;
    };
    QList<Run> runs;
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        const QTextFragment f = it.fragment();
        const bool bold = f.charFormat().fontWeight() >= QFont::DemiBold;
        const bool italic = f.charFormat().fontItalic();
        if (!runs.isEmpty() && runs.last().bold == bold && runs.last().italic == italic)
            runs.last().text += f.text();
        else
            runs.append({f.text(), bold, italic});
    }
    QString out;
    const QString whole = block.text();
    qsizetype pos = 0;
    for (const Run &run : runs) {
        const QChar before = pos > 0 ? whole.at(pos - 1) : QChar(QLatin1Char(' '));
        const qsizetype end = pos + run.text.size();
        const QChar after = end < whole.size() ? whole.at(end) : QChar(QLatin1Char(' '));
        pos = end;
        QString text = run.text;
        const QString marker = QString(run.bold ? QStringLiteral("**") : QString()) +
                               (run.italic ? QStringLiteral("*") : QString());
        if (marker.isEmpty() || text.trimmed().isEmpty()) {
            out += escapeRun(text, out.isEmpty(), before, after);
            continue;
        }
        // Markers hug the text: "** x**" is no emphasis in Markdown.
        qsizetype lead = 0;
        while (lead < text.size() && text.at(lead).isSpace())
            ++lead;
        qsizetype trail = 0;
        while (trail < text.size() - lead && text.at(text.size() - 1 - trail).isSpace())
            ++trail;
        const QString core = text.mid(lead, text.size() - lead - trail);
        QString closing = marker;
        std::reverse(closing.begin(), closing.end());
        out += text.left(lead) + marker +
               escapeRun(core, out.isEmpty() && lead == 0, QLatin1Char(' '), QLatin1Char(' ')) +
               closing + text.right(trail);
    }
    return out;
}

} // namespace

QString sectionMarkdown(const QTextDocument &document)
{
    QStringList lines;
    const QTextList *previousList = nullptr;
    bool first = true;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        QTextList *list = block.textList();
        const QString text = blockMarkdown(block);
        if (!list && text.trimmed().isEmpty())
            continue;
        if (!first && (!list || list != previousList))
            lines << QString(); // paragraphs, and lists, are apart
        first = false;
        if (list) {
            const QTextListFormat format = list->format();
            const int level = std::max(1, format.indent());
            const QString indent(4 * (level - 1), QLatin1Char(' '));
            const bool numbered = format.style() == QTextListFormat::ListDecimal ||
                                  format.style() == QTextListFormat::ListLowerAlpha ||
                                  format.style() == QTextListFormat::ListUpperAlpha ||
                                  format.style() == QTextListFormat::ListLowerRoman ||
                                  format.style() == QTextListFormat::ListUpperRoman;
            const QString marker = numbered
                                       ? QStringLiteral("%1. ").arg(list->itemNumber(block) + 1)
                                       : QStringLiteral("- ");
            lines << indent + marker + text;
        } else {
            lines << text;
        }
        previousList = list;
    }
    return lines.join(QLatin1Char('\n')).trimmed();
}

QString scriptMarkdownToHtml(const QString &markdown)
{
    QTextDocument document;
    document.setMarkdown(markdown,
                         QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub |
                                                         QTextDocument::MarkdownNoHTML));
    const QString full = document.toHtml();
    const qsizetype body = full.indexOf(QLatin1String("<body"));
    const qsizetype start = body < 0 ? -1 : full.indexOf(QLatin1Char('>'), body);
    const qsizetype end = full.lastIndexOf(QLatin1String("</body>"));
    if (start < 0 || end < start)
        return html(document.toPlainText());
    return full.mid(start + 1, end - start - 1).trimmed();
}

PrintResult printCallScript(Workspace &workspace, const QString &campaignName,
                            const CallScript &script, const PrintOptions &options,
                            const QString &pdfPath)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        throw Error(QStringLiteral("printing needs a QGuiApplication (the offscreen platform "
                                   "will do)"));
    checkCallScript(script); // before the writer: a bad script leaves no file
    // The PDF appears whole or not at all: painted into a QSaveFile, committed at the end.
    QSaveFile file(pdfPath);
    openForWriting(file);
    PrintResult result;
    {
        QPdfWriter writer(&file);
        writer.setResolution(300);
        writer.setTitle(script.title.isEmpty() ? campaignName : script.title);
        writer.setCreator(QStringLiteral("Campaign Workbench"));
        try {
            result = printCallScript(workspace, campaignName, script, options,
                                     static_cast<QPagedPaintDevice &>(writer));
        } catch (const Error &e) {
            if (e.message().startsWith(QLatin1String("cannot paint")) ||
                e.message().startsWith(QLatin1String("cannot finish")))
                throwFileFailure(pdfPath, file, 0);
            throw;
        }
    }
    commitFile(file);
    return result;
}

PrintResult printCallScript(Workspace &workspace, const QString &campaignName,
                            const CallScript &script, const PrintOptions &options,
                            QPagedPaintDevice &writer)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        throw Error(QStringLiteral("printing needs a QGuiApplication (the offscreen platform "
                                   "will do)"));
    checkCallScript(script);
    const Language l = options.list.language;
    CallListOptions listOptions = options.list;
    listOptions.columns.clear(); // the sheet picks its columns from the default template
    const CallListSet set = buildCallLists(workspace, campaignName, listOptions);
    const campaign::Campaign definition = campaign::CampaignStore(workspace).get(set.campaign);
    auto column = [&](const char *id) { return set.columns.indexOf(QLatin1String(id)); };
    const qsizetype cId = column("customer_id"), cName = column("name"),
                    cPhone = column("contact1"), cPhone2 = column("contact2"),
                    cFeatures = column("features"), cPackage = column("package");

    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
    QPainter painter;
    if (!painter.begin(&writer))
        throw Error(QStringLiteral("cannot paint on the printer or write the PDF"));
    PrintResult result;
    bool first = true;

    // The script, once per cell of the lists (cell-level fields merged).
    QStringList cellsDone;
    for (const CallListPart &part : set.parts) {
        if (cellsDone.contains(part.cell))
            continue;
        cellsDone << part.cell;
        QString offer;
        for (const campaign::Cell &c : definition.cells)
            if (c.name == part.cell)
                offer = c.offer;
        QHash<QString, QString> values{{QStringLiteral("campaign"), set.campaign},
                                       {QStringLiteral("cell"), part.cell}};
        if (!offer.isEmpty())
            values.insert(QStringLiteral("package"), offer);
        QHash<QString, QString> escaped;
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            escaped.insert(it.key(), escapeMarkdown(it.value()));
        auto merge = [&](const QString &text) {
            return html(mergeFields(text, values, l, QStringLiteral("script")));
        };
        // A section's Markdown, the fields merged (their values escaped), as HTML.
        auto rich = [&](const QString &text) {
            return scriptMarkdownToHtml(mergeFields(text, escaped, l, QStringLiteral("script")));
        };
        QString body =
            QStringLiteral("<h2>%1</h2><p><b>%2</b> %3 &nbsp; <b>%4</b> %5 &nbsp; "
                           "<b>%6</b> %7</p>")
                .arg(merge(script.title.isEmpty() ? set.campaign : script.title),
                     tr2(l, "活动：", "Campaign:"), html(set.campaign), tr2(l, "分组：", "Cell:"),
                     html(part.cell), tr2(l, "推荐套餐：", "Package:"),
                     html(offer.isEmpty() ? tr2(l, "（未设置）", "(none)") : offer));
        auto section = [&](const char *zhTitle, const char *enTitle, const QString &text) {
            if (text.trimmed().isEmpty())
                return;
            body += QStringLiteral("<h3>%1</h3>%2").arg(tr2(l, zhTitle, enTitle), rich(text));
        };
        section("开场白", "Opening", script.opening);
        section("卖点", "Selling points", script.sellingPoints);
        section("推荐方案", "Offer", script.offer);
        if (!script.objections.isEmpty()) {
            body += QStringLiteral("<h3>%1</h3><table border=\"1\" cellspacing=\"0\" "
                                   "cellpadding=\"4\" width=\"100%\">")
                        .arg(tr2(l, "异议处理", "Objections and answers"));
            for (const Objection &o : script.objections)
                body += QStringLiteral("<tr><td width=\"40%\"><b>%1</b></td><td>%2</td></tr>")
                            .arg(rich(o.question), rich(o.answer));
            body += QStringLiteral("</table>");
        }
        section("结束语", "Close", script.close);
        body += QStringLiteral("<p style=\"color:#666\">%1</p>")
                    .arg(html(tr2(l, "【】中的内容按每位客户的外呼名单填写。",
                                  "Fields in [] come from each customer's line of the call "
                                  "list.")));
        QTextDocument document;
        document.setDefaultFont(documentFont(11));
        document.setHtml(body);
        result.scriptPages += paintDocument(writer, painter, document, first);
    }

    // One call sheet per agent (or grid), landscape.
    // A PDF (QPdfWriter, or a QPrinter printing) changes its page layout between pages; a print
    // preview's printer cannot while painting, so its sheets stay portrait (Qt would warn).
    if (painter.paintEngine() && painter.paintEngine()->type() == QPaintEngine::Pdf)
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape,
                                         QMarginsF(10, 10, 10, 10), QPageLayout::Millimeter));
    const QString box = QStringLiteral("\u25A1");
    const QStringList outcomes{tr2(l, "接通", "Connected"),
                               tr2(l, "同意(付费)", "Agreed (paid)"),
                               tr2(l, "同意(试用)", "Agreed (trial)"),
                               tr2(l, "考虑中", "Considering"),
                               tr2(l, "拒绝", "Refused"),
                               tr2(l, "拒绝原因", "Reason"),
                               tr2(l, "免打扰", "Do not disturb")};
    for (const CallListPart &part : set.parts) {
        QString body = QStringLiteral("<h3>%1</h3><p>").arg(tr2(l, "外呼记录单", "Call sheet"));
        for (const auto &[label, value] : set.headerBlock(part, l)) {
            if (label == tr2(l, "名单编号", "List id"))
                continue; // printing makes no list; the export gives the id
            body += QStringLiteral("<b>%1</b> %2 &nbsp;&nbsp; ").arg(html(label), html(value));
        }
        body += QStringLiteral("</p><table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
                               "width=\"100%\"><thead><tr>");
        QStringList heads{QStringLiteral("#"),
                          tr2(l, "客户ID", "Customer"),
                          tr2(l, "姓名", "Name"),
                          tr2(l, "联系电话", "Phone"),
                          tr2(l, "客户特征", "Features"),
                          tr2(l, "推荐套餐", "Package")};
        heads << outcomes;
        for (const QString &h : heads)
            body += QStringLiteral("<th bgcolor=\"#DDEBF7\">%1</th>").arg(html(h));
        body += QStringLiteral("</tr></thead>");
        int n = 0;
        for (const QStringList &row : part.rows) {
            auto value = [&](qsizetype c) { return c >= 0 ? html(row.at(c)) : QString(); };
            QStringList phones;
            for (const qsizetype c : {cPhone, cPhone2})
                if (c >= 0 && !row.at(c).isEmpty())
                    phones << html(row.at(c));
            const QString phone = phones.join(QStringLiteral("<br/>"));
            body += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td>"
                                   "<td>%6</td>")
                        .arg(++n)
                        .arg(value(cId), value(cName), phone, value(cFeatures), value(cPackage));
            for (int k = 0; k < outcomes.size(); ++k)
                body +=
                    k == 5 ? QStringLiteral("<td width=\"12%\"></td>")
                           : QStringLiteral("<td align=\"center\" style=\"font-size:13pt\">%1</td>")
                                 .arg(box);
            body += QStringLiteral("</tr>");
        }
        body += QStringLiteral("</table>");
        QTextDocument document;
        document.setDefaultFont(documentFont(8.5));
        document.setHtml(body);
        result.sheetPages += paintDocument(writer, painter, document, first);
        result.customers += qint64(part.rows.size());
        ++result.sheets;
    }
    if (!painter.end())
        throw Error(QStringLiteral("cannot finish the printout or the PDF"));
    return result;
}

} // namespace cwb::exporting
