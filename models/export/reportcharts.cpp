// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/reportcharts.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPaintDevice>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace cwb::exporting {

namespace {

QString formatValue(double value, bool percent)
{
    if (percent)
        return QString::number(100.0 * value, 'f', std::abs(value) < 0.1 && value != 0.0 ? 1 : 0) +
               QLatin1Char('%');
    if (value == std::floor(value) && std::abs(value) < 1e15)
        return QLocale(QLocale::English).toString(qint64(value));
    return QString::number(value, 'g', 3);
}

QString tickText(double value, bool percent)
{
    if (percent)
        return QString::number(100.0 * value, 'f', 0) + QLatin1Char('%');
    return formatValue(value, false);
}

} // namespace

QList<double> niceTicks(double maxValue, int wanted)
{
    if (!(maxValue > 0.0) || !std::isfinite(maxValue))
        return {0.0, 1.0};
    wanted = std::max(1, wanted);
    const double raw = maxValue / wanted;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    const double fraction = raw / magnitude;
    const double step = (fraction <= 1.0   ? 1.0
                         : fraction <= 2.0 ? 2.0
                         : fraction <= 5.0 ? 5.0
                                           : 10.0) *
                        magnitude;
    QList<double> ticks;
    const int n = int(std::ceil(maxValue / step - 1e-9));
    for (int i = 0; i <= n; ++i)
        ticks.append(std::round(i * step / magnitude * 1e6) / 1e6 * magnitude);
    return ticks;
}

void drawChart(QPainter &painter, const QRectF &area, const ChartSpec &chart, const QFont &font)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const double pt = painter.device()->logicalDpiY() / 72.0; // device pixels per point
    QFont small = font;
    painter.setFont(small);
    const QFontMetricsF fm(small, painter.device());
    QFont titleFont = font;
    titleFont.setBold(true);
    titleFont.setPointSizeF(font.pointSizeF() * 1.15);
    const QFontMetricsF tfm(titleFont, painter.device());

    // Scales.
    double leftMax = 0.0, rightMax = 0.0;
    bool hasRight = false;
    int bars = 0;
    for (const ChartSeries &s : chart.series) {
        hasRight = hasRight || s.secondary;
        bars += !s.line;
        for (double v : s.values) {
            if (!std::isfinite(v))
                continue;
            (s.secondary ? rightMax : leftMax) = std::max(s.secondary ? rightMax : leftMax, v);
        }
    }
    const QList<double> leftTicks = niceTicks(leftMax);
    const QList<double> rightTicks = niceTicks(std::min(1.0, std::max(rightMax, 0.0)));
    const double leftTop = leftTicks.last(), rightTop = rightTicks.last();

    // Layout.
    double y = area.top();
    painter.setFont(titleFont);
    if (!chart.title.isEmpty()) {
        painter.setPen(QColor(0x20, 0x20, 0x20));
        painter.drawText(QRectF(area.left(), y, area.width(), tfm.height()),
                         Qt::AlignLeft | Qt::AlignVCenter, chart.title);
        y += tfm.height() * 1.3;
    }
    painter.setFont(small);
    double leftLabelWidth = 0.0, rightLabelWidth = 0.0;
    for (double t : leftTicks)
        leftLabelWidth = std::max(leftLabelWidth, fm.horizontalAdvance(tickText(t, false)));
    if (hasRight)
        for (double t : rightTicks)
            rightLabelWidth = std::max(rightLabelWidth, fm.horizontalAdvance(tickText(t, true)));
    const double axisTitle = fm.height() * 1.2;
    const double legendHeight = fm.height() * 1.6;
    const double left =
        area.left() + (chart.leftAxisTitle.isEmpty() ? 0 : axisTitle) + leftLabelWidth + 4 * pt;
    const double right = area.right() - (hasRight ? rightLabelWidth + 4 * pt : 6 * pt) -
                         (hasRight && !chart.rightAxisTitle.isEmpty() ? axisTitle : 0);
    const int n = int(chart.categories.size());
    const double slot = n > 0 ? (right - left) / n : (right - left);
    double labelWidth = 0.0;
    for (const QString &c : chart.categories)
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(c));
    const bool rotate = labelWidth > slot * 0.95;
    const double categoryHeight =
        rotate ? std::min(labelWidth * 0.72 + fm.height(), area.height() * 0.35)
               : fm.height() * 1.5;
    const double bottom = area.bottom() - legendHeight - categoryHeight;
    const double top = y + fm.height() * (std::any_of(chart.series.begin(), chart.series.end(),
                                                      [](const ChartSeries &s) { return s.labels; })
                                              ? 1.2
                                              : 0.5);
    const QRectF plot(left, top, right - left, std::max(10.0, bottom - top));
    auto yLeft = [&](double v) { return plot.bottom() - v / leftTop * plot.height(); };
    auto yRight = [&](double v) { return plot.bottom() - v / rightTop * plot.height(); };

    // Grid, ticks and tick labels.
    const QColor grid(0xDD, 0xDD, 0xDD), axis(0x55, 0x55, 0x55), text(0x33, 0x33, 0x33);
    for (double t : leftTicks) {
        const double ty = yLeft(t);
        painter.setPen(QPen(grid, 0.5 * pt));
        painter.drawLine(QPointF(plot.left(), ty), QPointF(plot.right(), ty));
        painter.setPen(QPen(axis, 0.75 * pt));
        painter.drawLine(QPointF(plot.left() - 2 * pt, ty), QPointF(plot.left(), ty));
        painter.setPen(text);
        painter.drawText(QRectF(plot.left() - 3 * pt - leftLabelWidth, ty - fm.height() / 2,
                                leftLabelWidth, fm.height()),
                         Qt::AlignRight | Qt::AlignVCenter, tickText(t, false));
    }
    if (hasRight) {
        for (double t : rightTicks) {
            const double ty = yRight(t);
            painter.setPen(QPen(axis, 0.75 * pt));
            painter.drawLine(QPointF(plot.right(), ty), QPointF(plot.right() + 2 * pt, ty));
            painter.setPen(text);
            painter.drawText(
                QRectF(plot.right() + 3 * pt, ty - fm.height() / 2, rightLabelWidth, fm.height()),
                Qt::AlignLeft | Qt::AlignVCenter, tickText(t, true));
        }
    }
    painter.setPen(QPen(axis, 0.75 * pt));
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    painter.drawLine(plot.bottomLeft(), plot.topLeft());
    if (hasRight)
        painter.drawLine(plot.bottomRight(), plot.topRight());
    painter.setPen(text);
    auto verticalTitle = [&](const QString &title, double x, double angle) {
        painter.save();
        painter.translate(x, plot.center().y());
        painter.rotate(angle);
        painter.drawText(QRectF(-plot.height() / 2, -fm.height() / 2, plot.height(), fm.height()),
                         Qt::AlignCenter, title);
        painter.restore();
    };
    if (!chart.leftAxisTitle.isEmpty())
        verticalTitle(chart.leftAxisTitle, area.left() + fm.height() / 2, -90);
    if (hasRight && !chart.rightAxisTitle.isEmpty())
        verticalTitle(chart.rightAxisTitle, area.right() - fm.height() / 2, 90);

    // Category labels and tick marks.
    for (int i = 0; i < n; ++i) {
        const double cx = plot.left() + slot * (i + 0.5);
        painter.setPen(QPen(axis, 0.75 * pt));
        painter.drawLine(QPointF(plot.left() + slot * i, plot.bottom()),
                         QPointF(plot.left() + slot * i, plot.bottom() + 2 * pt));
        painter.setPen(text);
        if (rotate) {
            painter.save();
            painter.translate(cx, plot.bottom() + 3 * pt);
            painter.rotate(-40);
            const QString label = fm.elidedText(chart.categories.at(i), Qt::ElideRight,
                                                (categoryHeight - fm.height()) / 0.7);
            const double w = fm.horizontalAdvance(label);
            painter.drawText(QRectF(-w, 0, w, fm.height()), Qt::AlignRight | Qt::AlignTop, label);
            painter.restore();
        } else {
            painter.drawText(QRectF(cx - slot / 2, plot.bottom() + 2 * pt, slot, fm.height()),
                             Qt::AlignHCenter | Qt::AlignTop, chart.categories.at(i));
        }
    }

    // Bars.
    const double group = slot * 0.72;
    const double barWidth = bars > 0 ? group / bars : 0.0;
    int barIndex = 0;
    for (const ChartSeries &s : chart.series) {
        if (s.line)
            continue;
        for (int i = 0; i < n && i < s.values.size(); ++i) {
            const double v = s.values.at(i);
            if (!std::isfinite(v))
                continue;
            const double x = plot.left() + slot * i + (slot - group) / 2 + barWidth * barIndex;
            const double vy = s.secondary ? yRight(v) : yLeft(v);
            const QRectF bar(x, vy, barWidth * 0.92, plot.bottom() - vy);
            painter.fillRect(bar, s.color);
            if (s.labels) {
                painter.setPen(text);
                painter.drawText(QRectF(x - barWidth, vy - fm.height(), barWidth * 3, fm.height()),
                                 Qt::AlignHCenter | Qt::AlignBottom, formatValue(v, s.secondary));
            }
        }
        ++barIndex;
    }
    // Lines.
    for (const ChartSeries &s : chart.series) {
        if (!s.line)
            continue;
        QPainterPath path;
        bool open = false;
        for (int i = 0; i < n && i < s.values.size(); ++i) {
            const double v = s.values.at(i);
            if (!std::isfinite(v)) {
                open = false;
                continue;
            }
            const QPointF p(plot.left() + slot * (i + 0.5), s.secondary ? yRight(v) : yLeft(v));
            if (open)
                path.lineTo(p);
            else
                path.moveTo(p);
            open = true;
        }
        painter.setPen(QPen(s.color, 1.5 * pt));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(path);
        painter.setBrush(s.color);
        for (int i = 0; i < n && i < s.values.size(); ++i) {
            const double v = s.values.at(i);
            if (!std::isfinite(v))
                continue;
            const QPointF p(plot.left() + slot * (i + 0.5), s.secondary ? yRight(v) : yLeft(v));
            painter.setPen(Qt::NoPen);
            painter.drawEllipse(p, 2 * pt, 2 * pt);
            if (s.labels) {
                painter.setPen(s.color.darker(130));
                painter.drawText(
                    QRectF(p.x() - slot, p.y() - fm.height() - 2 * pt, slot * 2, fm.height()),
                    Qt::AlignHCenter | Qt::AlignBottom, formatValue(v, s.secondary));
            }
        }
        painter.setBrush(Qt::NoBrush);
    }

    // Legend (only when there is more than one series or a named one).
    double lx = plot.left();
    const double ly = area.bottom() - legendHeight / 2;
    for (const ChartSeries &s : chart.series) {
        if (s.name.isEmpty())
            continue;
        if (s.line) {
            painter.setPen(QPen(s.color, 1.5 * pt));
            painter.drawLine(QPointF(lx, ly), QPointF(lx + 10 * pt, ly));
            painter.setPen(Qt::NoPen);
            painter.setBrush(s.color);
            painter.drawEllipse(QPointF(lx + 5 * pt, ly), 2 * pt, 2 * pt);
            painter.setBrush(Qt::NoBrush);
        } else {
            painter.fillRect(QRectF(lx + 2 * pt, ly - 3 * pt, 6 * pt, 6 * pt), s.color);
        }
        painter.setPen(text);
        const double w = fm.horizontalAdvance(s.name);
        painter.drawText(QRectF(lx + 13 * pt, ly - fm.height() / 2, w + 2 * pt, fm.height()),
                         Qt::AlignLeft | Qt::AlignVCenter, s.name);
        lx += 13 * pt + w + 12 * pt;
    }
    painter.restore();
}

} // namespace cwb::exporting
