// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/calllist.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

class QPagedPaintDevice;
class QTextDocument;

namespace cwb {
class Workspace;
}

namespace cwb::exporting {

struct Objection
{
    QString question;
    QString answer;
};

// A call script (营销脚本): a title and the five sections, their text carrying merge fields
// ({customer_name}, {features}, ...; see mergeFieldNames()). The bodies of opening,
// sellingPoints, offer and close, and the objections' questions and answers, are Markdown
// (the storage form of their light formatting): **bold**, *italic*, "- " bullet and "1. "
// numbered lists, a blank line between paragraphs. Headings are not allowed in them: "# " and
// "## " are the title and section markers of the script file. The title is plain text.
struct CallScript
{
    QString title;
    QString opening;
    QString sellingPoints;
    QString offer;
    QList<Objection> objections;
    QString close;
};

// The merge fields a script may use:
//   customer_name  the customer's name              (per customer)
//   features       the customer's feature phrases   (per customer)
//   savings        the customer's monthly saving    (per customer, once prices are known)
//   package        the recommended package (the cell's offer)
//   price          the package's monthly price      (from the offer catalog, once it exists)
//   campaign, cell, agent
QStringList mergeFieldNames();

// The label of a merge field, shown in its place when the value is not known when printing
// ("【客户姓名】" / "[customer name]").
QString mergeFieldPlaceholder(const QString &field, Language language);

// Replaces every {field} of text by values[field], or by its placeholder when values lacks it;
// "{{" and "}}" stand for literal braces. Throws cwb::Error naming `where` for an unknown field
// or an unclosed brace.
QString mergeFields(const QString &text, const QHash<QString, QString> &values, Language language,
                    const QString &where);

// The script file format (docs/call-lists.md): UTF-8 text; "# " starts the title; "## " starts a
// section (opening, selling_points, offer, objections, close, or 开场白, 卖点, 推荐方案,
// 异议处理, 结束语); in objections, "Q:" / "问：" lines start a question and "A:" / "答："
// lines its answer. Every merge field is checked. Throws cwb::Error with source and line.
CallScript parseCallScript(const QString &text, const QString &source);
CallScript loadCallScript(const QString &path);  // throws when unreadable
CallScript defaultCallScript(Language language); // the built-in template (resources/scripts)

// Checks a script as the editor holds it: every merge field known, every brace closed, no
// heading in a section. Throws cwb::Error naming the section and its line ("opening, line 2:
// ...").
void checkCallScript(const CallScript &script);

// The script file text of script (title, the non-empty sections, objections as "Q:" / "A:"
// lines, or 问： / 答： when the title or a question holds Chinese), such that parseCallScript
// reads back the same script. Throws cwb::Error (checkCallScript) for a script it could not
// write that way.
QString formatCallScript(const CallScript &script);
// formatCallScript to path (UTF-8); throws cwb::Error when the file cannot be written.
void saveCallScript(const CallScript &script, const QString &path);

// The Markdown of a rich-text section as an editor holds it: paragraphs, bold, italic, bullet
// and numbered lists (nested by indent), hard line breaks; other formatting is dropped. Lines
// are never wrapped (QTextDocument::toMarkdown wraps at 80 columns, even inside **bold**), and
// text that Markdown would read as syntax is escaped (\*, \_ at word edges, a leading #, "- "
// or "1. "), except merge fields, which stay as written.
QString sectionMarkdown(const QTextDocument &document);

// A section's Markdown as an HTML fragment (what the printout shows; no merging).
QString scriptMarkdownToHtml(const QString &markdown);

struct PrintOptions
{
    CallListOptions list; // which wave, how split, masking (printing masks by default)
    PrintOptions() { list.maskPhones = true; }
};

struct PrintResult
{
    int scriptPages = 0;
    int sheetPages = 0;
    qint64 customers = 0;
    int sheets = 0; // agent (or grid) call sheets
};

// Prints a split campaign's call script (once per cell, the cell's fields merged, the
// customer's fields as placeholders) and one call sheet per agent (or grid): a line per
// customer with tick boxes for the outcome codes (connected, agreed paid, agreed trial,
// considering, refused + reason, do-not-disturb) to a PDF. Needs a QGuiApplication (the
// offscreen platform will do). Records no contact history: the call list export does.
PrintResult printCallScript(Workspace &workspace, const QString &campaign, const CallScript &script,
                            const PrintOptions &options, const QString &pdfPath);
// The same onto any paged device (a QPrinter for a print preview, a QPdfWriter): the script
// pages in portrait, the call sheets in landscape, A4 with the device's resolution. The device
// must not be painted on yet; printCallScript begins and ends its painter. The PDF overload
// is this one on a QPdfWriter.
PrintResult printCallScript(Workspace &workspace, const QString &campaign, const CallScript &script,
                            const PrintOptions &options, QPagedPaintDevice &device);

} // namespace cwb::exporting
