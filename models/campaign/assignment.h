// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QtGlobal>

#include <string_view>
#include <vector>

namespace cwb::campaign {

// Who of a channel's eligible customers a campaign assigns, to which wave, and who of them is
// held back as control: the split, as functions that any SQL engine can compute as well, so a
// split can be reproduced outside this program (docs/campaigns.md, "The split").

// The name recorded with every split made by assign() (campaigns.split_algorithm).
inline constexpr const char *kSplitAlgorithm = "md5-rank-v2";
// The name of the earlier shuffle, recorded for splits stored before it was replaced; those
// splits stay as they were stored.
inline constexpr const char *kLegacySplitAlgorithm = "mt19937-shuffle-v1";

// The customer's draw: the first 32 bits of md5("<seed>:<customer id>") (seed in decimal, the id
// as UTF-8) read as an unsigned big-endian number. In SQL (PostgreSQL):
//   ('x' || substr(md5(seed || ':' || customer_id), 1, 8))::bit(32)::bigint
quint32 splitHash(quint64 seed, QByteArrayView customerIdUtf8);

// The control quota of a group of n customers: floor(n x share + 0.5) in IEEE double arithmetic
// (so every engine computes the same number).
qint64 controlQuota(qint64 n, double share);

// One eligible customer of a channel as the assignment sees it.
struct Eligible
{
    int cell = 0;        // index of the campaign's cell
    int stratum = 0;     // stratum within the cell (0 when not stratified)
    bool forced = false; // must be control (the period's universal control, or control in
                         // another campaign of the period)
    double value = 0.0;  // what capacity ranks by, highest first
    quint32 hash = 0;    // splitHash(seed, id)
    std::string_view id; // the customer id: the last tie-break everywhere
};

struct AssignmentInput
{
    std::vector<Eligible> customers; // one channel's eligible customers, any order
    std::vector<double> cellShare;   // control share per cell index, 0 <= share < 1
    std::vector<qint64> capacities;  // contacts per wave for this channel; < 0: no limit
};

struct Assignment
{
    std::vector<int> wave;     // per customer: 0-based wave, -1 when not assigned this time
    std::vector<char> control; // per customer: 1 when control (only for assigned customers)
};

// 1. Capacity decides who is assigned: customers by value (highest first, ties by id) fill
//    wave 1 while its targets (contacts) stay within its capacity, then wave 2, ...; a wave is
//    closed by the first customer who would take its targets over capacity; customers left when
//    every wave is closed are not assigned this time (neither target nor control). A wave
//    without room (capacity 0) takes no one.
//    The targets of a group (cell, wave, stratum) of n customers with f forced are
//    n - max(controlQuota(n, share), f), so control customers never count against capacity.
// 2. In each group, customers ranked by (hash, id): the forced ones are control, and the lowest
//    ranked of the others fill the rest of the quota; everyone else is a target.
// Target and control of every cell and wave are thus random halves of the same customers.
Assignment assign(const AssignmentInput &input);

} // namespace cwb::campaign
