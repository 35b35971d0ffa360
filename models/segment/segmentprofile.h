// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cwb {

class JobControl;
class Workspace;

// How often one value of a categorical column occurs in the segment and in the whole base.
struct ValueShare
{
    QString value;        // booleans as "true" / "false"
    bool missing = false; // the missing value (NULL); value is empty
    qint64 segmentCount = 0;
    qint64 baseCount = 0;
    double segmentShare = 0; // segmentCount / segment size (0 for an empty segment)
    double baseShare = 0;    // baseCount / base
};

struct ProfileColumn
{
    enum class Kind
    {
        Numeric,    // integer and decimal columns: means
        Categorical // booleans and text columns with few distinct values: top value shares
    };
    QString name;
    QString label;
    Kind kind = Kind::Numeric;
    // Numeric: means over the customers whose value is present (nullopt when none is).
    std::optional<double> segmentMean;
    std::optional<double> baseMean;
    std::optional<double> index; // segmentMean / baseMean; nullopt when baseMean is 0 or missing
    qint64 segmentPresent = 0;
    qint64 basePresent = 0;
    // Categorical: the most frequent values in the segment (then in the base), at most
    // ProfileOptions::topValues.
    QList<ValueShare> top;
};

struct SegmentProfile
{
    QString segment;
    bool materialised = false; // membership read from the store (else the rule evaluated now)
    qint64 size = 0;
    qint64 base = 0;
    double share = 0; // size / base
    // The fee measure: per customer, the average of the fee columns present (nullopt: none).
    QStringList feeColumns;
    double segmentFee = 0;              // sum of the measure over the segment
    double baseFee = 0;                 // and over all customers
    std::optional<double> revenueShare; // segmentFee / baseFee (nullopt when baseFee is 0)
    QList<ProfileColumn> columns;       // in the workspace's column order
};

struct ProfileOptions
{
    // The fee measure's columns; empty: avg(total_fee_m1, total_fee_m2, total_fee_m3) with the
    // months present in the workspace, else none.
    QStringList feeColumns;
    int topValues = 5;
    int maxCategories = 20; // a text column with more distinct values is not profiled
    QDate today;            // for rules using today (default: the current date)
};

// Profiles a saved segment against the whole base in one pass over the customers: size, share,
// revenue share, per numeric column the means and their index, per categorical column the top
// value shares. Dates, phones and the customer id are left out. Cancellable through job.
SegmentProfile profileSegment(Workspace &workspace, const QString &segment,
                              const ProfileOptions &options = {}, JobControl *job = nullptr);

// The same profile for the customers a rule selects now (tag: and segment: references
// expanded); SegmentProfile::segment is the rule. Throws RuleError for a bad rule.
SegmentProfile profileRule(Workspace &workspace, const QString &rule,
                           const ProfileOptions &options = {}, JobControl *job = nullptr);

// The profile as JSON (the format of `cwb segment profile --json`, docs/user-guide.md).
QJsonObject profileToJson(const SegmentProfile &profile);

} // namespace cwb
