// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "evaluate/report.h"
#include "export/calllist.h"

#include <QString>

class QPagedPaintDevice;

// The daily battle report and the weekly summary printed (PDF, A4 portrait, charts drawn with
// QPainter) or exported (xlsx: one sheet per table, native Excel charts over the cells). The
// writers only lay out the figures of the report structs (evaluate/report.h). Printing needs a
// QGuiApplication (fonts); the xlsx writers do not.
namespace cwb::exporting {

// Paints the report onto a paged device (a QPdfWriter, or a printer from the GUI) and returns the
// pages painted. The device's page layout is used as it is.
int paintDailyReport(const DailyReport &report, QPagedPaintDevice &device, Language language);
int paintWeeklyReport(const WeeklyReport &report, QPagedPaintDevice &device, Language language);

// A4 portrait PDF files; return the pages written. Throw cwb::Error when the file cannot be
// written or there is no QGuiApplication.
int writeDailyReportPdf(const DailyReport &report, const QString &path, Language language);
int writeWeeklyReportPdf(const WeeklyReport &report, const QString &path, Language language);

// xlsx workbooks. Daily sheets: Summary (with the funnel chart), Agents, Cells, Refusals (count
// column chart and cumulative share line chart), Notes; weekly: Summary, Days (column chart of
// the counts and line chart of the rates), Cells, Agents, Refusals, Control (with a conversion
// rule), ROI (with a plan), Notes. Sheet names in the report's language. Throw cwb::Error when the
// file cannot be written.
void writeDailyReportXlsx(const DailyReport &report, const QString &path, Language language);
void writeWeeklyReportXlsx(const WeeklyReport &report, const QString &path, Language language);

// The sheet names the xlsx writers use, in order (weekly: with the optional sheets present).
QStringList dailyReportSheets(Language language);
QStringList weeklyReportSheets(const WeeklyReport &report, Language language);

} // namespace cwb::exporting
