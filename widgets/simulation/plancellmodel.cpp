// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulation/plancellmodel.h"

#include "core/error.h"
#include "simulate/plansources.h"
#include "simulate/simulatedefaults.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace cwb {

using namespace simulate;

namespace {

// Monthly revenue uplift of the default cell: defaults::assumedMonthlyRevenueUplift (205.2 / 12
// = 17.1 yuan a month), a starting assumption the planner overwrites.
constexpr double kDefaultMonthlyUplift = defaults::assumedMonthlyRevenueUplift;
// The pilot of shared/DOMAIN.md called 2,598 customers.
constexpr double kPilotCustomers = 2598.0;

QString rangeText(const UncertainRate &rate)
{
    // describe() gives "0.52-0.62"; an en dash reads better in a table.
    QString text = rate.describe();
    if (rate.kind() == UncertainRate::Kind::Uniform ||
        rate.kind() == UncertainRate::Kind::Triangular)
        text.replace(QLatin1Char('-'), QChar(0x2013));
    return text;
}

// The plan key of a column, for its source (empty for the name and the channel).
QString fieldOf(int column)
{
    switch (column) {
    case PlanCellModel::Customers:
        return QStringLiteral("customers");
    case PlanCellModel::ControlShare:
        return QStringLiteral("control_share");
    case PlanCellModel::ConnectRate:
    case PlanCellModel::IntentionRate:
    case PlanCellModel::CompletionRate:
    case PlanCellModel::ControlConversionRate:
        return rateFieldName(RateSlot(column - PlanCellModel::ConnectRate));
    case PlanCellModel::MonthlyRevenueUplift:
        return QStringLiteral("monthly_revenue_uplift");
    case PlanCellModel::DiscountPerMonth:
        return QStringLiteral("discount_per_month");
    case PlanCellModel::DiscountMonths:
        return QStringLiteral("discount_months");
    case PlanCellModel::CostPerContact:
        return QStringLiteral("cost_per_contact");
    case PlanCellModel::CostPerSuccess:
        return QStringLiteral("cost_per_success");
    case PlanCellModel::FixedCost:
        return QStringLiteral("fixed_cost");
    default:
        return QString();
    }
}

// Where the value of a cell's input comes from, while it is still the value the source gave.
QString sourceTip(const PlanCell &cell, int column)
{
    const InputSource *source = findSource(cell.sources, fieldOf(column));
    const std::optional<double> value = inputValue(cell, fieldOf(column));
    if (!source || !value ||
        std::abs(*value - source->value) > 1e-9 * std::max(1.0, std::abs(*value)))
        return QString();
    return source->source;
}

} // namespace

PlanCellModel::PlanCellModel(QObject *parent) : QAbstractTableModel(parent)
{
    m_cells.push_back(defaultCell(tr("pilot")));
}

PlanCell PlanCellModel::defaultCell(const QString &name)
{
    PlanCell cell;
    cell.name = name;
    cell.customers = kPilotCustomers;
    cell.channel = Channel::Call;
    cell.costPerContact = defaultCostPerContact(cell.channel);
    cell.monthlyRevenueUplift = kDefaultMonthlyUplift;
    // Every input of the new cell is a default or an assumption: say which.
    for (const QString &field : cellSourceFields()) {
        if (const std::optional<double> value = inputValue(cell, field))
            setSource(cell.sources, field, *value, defaultSource(field, cell.channel));
    }
    setSource(cell.sources, QStringLiteral("customers"), cell.customers,
              tr("the pilot of 2,598 customers called (a starting figure)"));
    return cell;
}

void PlanCellModel::setCells(std::vector<PlanCell> cells)
{
    beginResetModel();
    m_cells = std::move(cells);
    endResetModel();
    emit cellsChanged();
}

void PlanCellModel::addCell()
{
    QString name;
    for (int n = int(m_cells.size()) + 1;; ++n) {
        name = tr("cell %1").arg(n);
        if (std::none_of(m_cells.begin(), m_cells.end(),
                         [&](const PlanCell &c) { return c.name == name; }))
            break;
    }
    const int row = int(m_cells.size());
    beginInsertRows({}, row, row);
    m_cells.push_back(defaultCell(name));
    endInsertRows();
    emit cellsChanged();
}

void PlanCellModel::removeCell(int row)
{
    if (row < 0 || row >= int(m_cells.size()))
        return;
    beginRemoveRows({}, row, row);
    m_cells.erase(m_cells.begin() + row);
    endRemoveRows();
    emit cellsChanged();
}

int PlanCellModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_cells.size());
}

int PlanCellModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int PlanCellModel::rateSlot(int column)
{
    if (column >= ConnectRate && column <= ControlConversionRate)
        return column - ConnectRate;
    return -1;
}

QVariant PlanCellModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_cells.size()))
        return {};
    const PlanCell &cell = m_cells[size_t(index.row())];
    const int slot = rateSlot(index.column());
    if (slot >= 0) {
        const UncertainRate &rate = cell.rates[size_t(slot)];
        if (role == Qt::DisplayRole)
            return rate.isUncertain() ? rangeText(rate) : QLocale().toString(rate.mean(), 'g', 6);
        if (role == Qt::EditRole)
            return rate.describe(); // the text form parseRateText reads back
        if (role == Qt::ToolTipRole) {
            QString tip = tr("%1 (mean %2). Type a point (0.6), a range (0.52-0.62, uniform), "
                             "low-mode-high (0.5-0.6-0.7, triangular) or the evidence of an "
                             "earlier pilot as successes/trials (395/1579).")
                              .arg(rate.isUncertain() ? rangeText(rate) : rate.describe())
                              .arg(QLocale().toString(rate.mean(), 'g', 4));
            const QString source = sourceTip(cell, index.column());
            if (!source.isEmpty())
                tip = tr("From: %1").arg(source) + QLatin1Char('\n') + tip;
            return tip;
        }
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    if (role == Qt::TextAlignmentRole)
        return index.column() == Name || index.column() == ChannelColumn
                   ? int(Qt::AlignLeft | Qt::AlignVCenter)
                   : int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == ChannelColumn)
        return tr("One of: %1").arg(channelNames().join(QStringLiteral(", ")));
    if (role == Qt::ToolTipRole && index.column() == Name && !cell.offer.isEmpty())
        return tr("Offer: %1").arg(cell.offer);
    if (role == Qt::ToolTipRole) {
        const QString source = sourceTip(cell, index.column());
        return source.isEmpty() ? QVariant() : QVariant(tr("From: %1").arg(source));
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    const bool edit = role == Qt::EditRole;
    const auto number = [&](double value, int decimals) -> QVariant {
        if (edit)
            return value;
        return QLocale().toString(value, 'f', decimals);
    };
    switch (index.column()) {
    case Name:
        return cell.name;
    case Customers:
        return number(cell.customers, 0);
    case ControlShare:
        return edit ? QVariant(cell.controlShare)
                    : QVariant(QLocale().toString(cell.controlShare, 'g', 6));
    case ChannelColumn:
        return channelName(cell.channel);
    case MonthlyRevenueUplift:
        return number(cell.monthlyRevenueUplift, 2);
    case DiscountPerMonth:
        return number(cell.discountPerMonth, 2);
    case DiscountMonths:
        return edit ? QVariant(cell.discountMonths)
                    : QVariant(QLocale().toString(cell.discountMonths, 'g', 6));
    case CostPerContact:
        return number(cell.costPerContact, 2);
    case CostPerSuccess:
        return number(cell.costPerSuccess, 2);
    case FixedCost:
        return number(cell.fixedCost, 2);
    default:
        return {};
    }
}

QVariant PlanCellModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal) {
        if (role == Qt::DisplayRole)
            return section + 1;
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const bool tip = role == Qt::ToolTipRole;
    switch (section) {
    case Name:
        return tip ? tr("A unique name; it also keys the cell's random numbers") : tr("Cell");
    case Customers:
        return tip ? tr("All customers of the cell, control group included") : tr("Customers");
    case ControlShare:
        return tip ? tr("Share of the customers held out as control (0 to below 1)")
                   : tr("Control share");
    case ChannelColumn:
        return tr("Channel");
    case ConnectRate:
        return tip ? tr("Connected / targeted (接通率)") : tr("Connect rate");
    case IntentionRate:
        return tip ? tr("Intentions / connected (意向率)") : tr("Intention rate");
    case CompletionRate:
        return tip ? tr("Completed orders / intentions (竣工率)") : tr("Completion rate");
    case ControlConversionRate:
        return tip ? tr("Completions per customer in the control group: what would have happened "
                        "anyway")
                   : tr("Control conversion");
    case MonthlyRevenueUplift:
        return tip ? tr("Yuan per incremental completion per month once the discount has ended: "
                        "what a customer who takes the offer pays more than today (negative: "
                        "less). During the discount it is this less the discount.")
                   : tr("Revenue change / month");
    case DiscountPerMonth:
        return tip ? tr("Yuan per completion per discounted month") : tr("Discount / month");
    case DiscountMonths:
        return tr("Discount months");
    case CostPerContact:
        return tip ? tr("Yuan per targeted customer; the channel's assumed cost unless changed")
                   : tr("Cost / contact");
    case CostPerSuccess:
        return tip ? tr("Yuan per completion (commission, gift, installation)")
                   : tr("Cost / success");
    case FixedCost:
        return tip ? tr("Yuan (script, training, list preparation, printing)") : tr("Fixed cost");
    default:
        return {};
    }
}

Qt::ItemFlags PlanCellModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    return flags | Qt::ItemIsEditable;
}

bool PlanCellModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || !(flags(index) & Qt::ItemIsEditable))
        return false;
    PlanCell &cell = m_cells[size_t(index.row())];
    if (index.column() == Name) {
        const QString name = value.toString().trimmed();
        if (name.isEmpty()) {
            emit editRejected(tr("A cell needs a name."));
            return false;
        }
        cell.name = name;
    } else if (index.column() == ChannelColumn) {
        const std::optional<Channel> channel = channelFromName(value.toString().trimmed());
        if (!channel) {
            emit editRejected(
                tr("Unknown channel '%1' (expected one of: %2).")
                    .arg(value.toString(), channelNames().join(QStringLiteral(", "))));
            return false;
        }
        if (*channel != cell.channel) {
            // A new channel brings its own assumed cost per contact.
            cell.channel = *channel;
            cell.costPerContact = defaultCostPerContact(*channel);
            setSource(cell.sources, QStringLiteral("cost_per_contact"), cell.costPerContact,
                      defaultSource(QStringLiteral("cost_per_contact"), *channel));
            emit dataChanged(index.siblingAtColumn(CostPerContact),
                             index.siblingAtColumn(CostPerContact));
        }
    } else if (rateSlot(index.column()) >= 0 && value.typeId() == QMetaType::QString) {
        // A rate typed as text: a point, a range, low-mode-high or successes/trials.
        const int slot = rateSlot(index.column());
        try {
            cell.rates[size_t(slot)] = parseRateText(value.toString());
        } catch (const Error &error) {
            emit editRejected(error.message());
            return false;
        }
        if (slot == int(RateSlot::ControlConversion))
            cell.controlConversionGiven = true;
    } else {
        bool ok = false;
        const double number = value.typeId() == QMetaType::QString
                                  ? QLocale().toDouble(value.toString(), &ok)
                                  : value.toDouble(&ok);
        // The revenue change may be negative (the offer lowers the bill); nothing else may.
        const bool signedColumn = index.column() == MonthlyRevenueUplift;
        if (!ok || !std::isfinite(number) || (!signedColumn && !(number >= 0.0))) {
            emit editRejected(signedColumn
                                  ? tr("'%1' is not a number.").arg(value.toString())
                                  : tr("'%1' is not a number of 0 or more.").arg(value.toString()));
            return false;
        }
        const int slot = rateSlot(index.column());
        if (slot >= 0) {
            cell.rates[size_t(slot)] = UncertainRate::point(number);
            if (slot == int(RateSlot::ControlConversion))
                cell.controlConversionGiven = true;
        } else {
            switch (index.column()) {
            case Customers:
                cell.customers = number;
                break;
            case ControlShare:
                cell.controlShare = number;
                break;
            case MonthlyRevenueUplift:
                cell.monthlyRevenueUplift = number;
                break;
            case DiscountPerMonth:
                cell.discountPerMonth = number;
                break;
            case DiscountMonths:
                cell.discountMonths = number;
                break;
            case CostPerContact:
                cell.costPerContact = number;
                break;
            case CostPerSuccess:
                cell.costPerSuccess = number;
                break;
            case FixedCost:
                cell.fixedCost = number;
                break;
            default:
                return false;
            }
        }
    }
    emit dataChanged(index, index);
    emit cellsChanged();
    return true;
}

} // namespace cwb
