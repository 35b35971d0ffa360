// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string_view>

namespace cwb::schema {

// Forward migrations: migrations()[n] takes a workspace from schema n to n + 1.
// The customers table itself is created by the import (its columns follow the extract).
inline constexpr std::string_view kV1 = R"sql(
CREATE TABLE schema_version(version INTEGER NOT NULL, applied_at TEXT NOT NULL);
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE customer_columns(
    position INTEGER NOT NULL, name TEXT PRIMARY KEY, label TEXT, source_header TEXT,
    type TEXT NOT NULL, canonical INTEGER NOT NULL DEFAULT 0);
CREATE TABLE imports(
    id INTEGER PRIMARY KEY, file_name TEXT NOT NULL, file_path TEXT, file_size INTEGER,
    file_hash TEXT, started_at TEXT NOT NULL, finished_at TEXT, mode TEXT NOT NULL,
    encoding TEXT, delimiter TEXT, sheet TEXT, rows_read INTEGER, imported INTEGER,
    rejected INTEGER, replaced INTEGER, duplicate_ids INTEGER, mapping_json TEXT,
    options_json TEXT);
CREATE TABLE rejects(
    id INTEGER PRIMARY KEY, import_id INTEGER NOT NULL REFERENCES imports(id) ON DELETE CASCADE,
    file TEXT, line INTEGER, column_name TEXT, reason TEXT NOT NULL, raw TEXT);
CREATE INDEX rejects_import ON rejects(import_id, line);
CREATE TABLE audit_runs(
    id INTEGER PRIMARY KEY, import_id INTEGER, computed_at TEXT NOT NULL, rows INTEGER NOT NULL,
    duplicate_ids INTEGER NOT NULL DEFAULT 0);
CREATE TABLE audit_columns(
    audit_id INTEGER NOT NULL REFERENCES audit_runs(id) ON DELETE CASCADE,
    position INTEGER NOT NULL, name TEXT NOT NULL, label TEXT, type TEXT NOT NULL, rows INTEGER,
    nulls INTEGER, distinct_count INTEGER, distinct_exact INTEGER, min_value TEXT,
    max_value TEXT, mean REAL, stddev REAL, q1 REAL, median REAL, q3 REAL,
    quantiles_exact INTEGER, invalid INTEGER, outliers INTEGER, top_values TEXT, histogram TEXT,
    PRIMARY KEY(audit_id, position));
CREATE TABLE mappings(name TEXT PRIMARY KEY, mapping_json TEXT NOT NULL, saved_at TEXT NOT NULL);
)sql";

// Segmentation: the tag library, saved segments and their materialised membership.
// - A 'rule' segment is defined by its rule; its membership (segment_members, customers' rowids)
//   records the data_version (meta) it was computed on and is stale after a new import, since
//   an import may renumber rowids.
// - A 'list' segment is a fixed set of customer ids (segment_list), e.g. a grid cell or a
//   cluster saved as it was computed; it survives re-imports (ids no longer present drop out).
inline constexpr std::string_view kV2 = R"sql(
CREATE TABLE tags(
    name TEXT PRIMARY KEY COLLATE NOCASE, rule TEXT NOT NULL, description TEXT, owner TEXT,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL);
CREATE TABLE segments(
    id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE COLLATE NOCASE, rule TEXT NOT NULL,
    description TEXT, owner TEXT, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT 'rule' CHECK(kind IN ('rule', 'list')),
    members INTEGER, data_version INTEGER, materialised_at TEXT);
CREATE TABLE segment_members(
    segment_id INTEGER NOT NULL REFERENCES segments(id) ON DELETE CASCADE,
    customer_rowid INTEGER NOT NULL, PRIMARY KEY(segment_id, customer_rowid)) WITHOUT ROWID;
CREATE TABLE segment_list(
    segment_id INTEGER NOT NULL REFERENCES segments(id) ON DELETE CASCADE,
    customer_id TEXT NOT NULL, PRIMARY KEY(segment_id, customer_id)) WITHOUT ROWID;
)sql";

// Offers: the package catalog. A package's definition (fees, allowances, overage prices,
// discount, eligibility rule, channels, validity) is kept as the JSON object documented in
// docs/offers.md, so the catalog file format and the stored form are one and the same.
inline constexpr std::string_view kV3 = R"sql(
CREATE TABLE packages(
    id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE COLLATE NOCASE, position INTEGER NOT NULL,
    definition TEXT NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL);
)sql";

// Campaigns: their definitions (JSON), the split (who is target, control or universal control,
// in which cell and wave), the policy waterfall, the contact lists (blacklist, graylist per
// channel, do-not-disturb; by customer id or phone number), the universal control group of a
// period and the contact history every exported list adds to.
inline constexpr std::string_view kVCampaigns = R"sql(
CREATE TABLE campaigns(
    id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE COLLATE NOCASE, period TEXT NOT NULL,
    priority INTEGER NOT NULL DEFAULT 0, definition_json TEXT NOT NULL,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL, split_at TEXT, split_data_version INTEGER);
CREATE TABLE campaign_members(
    campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
    customer_id TEXT NOT NULL, cell TEXT NOT NULL,
    role TEXT NOT NULL CHECK(role IN ('target', 'control', 'universal_control')),
    wave INTEGER, value REAL, PRIMARY KEY(campaign_id, customer_id)) WITHOUT ROWID;
CREATE TABLE campaign_waterfall(
    campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
    cell TEXT NOT NULL, step INTEGER NOT NULL, name TEXT NOT NULL, customers INTEGER NOT NULL,
    PRIMARY KEY(campaign_id, cell, step));
CREATE TABLE contact_lists(
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK(kind IN ('blacklist', 'graylist', 'do_not_disturb')),
    channel TEXT NOT NULL DEFAULT '', entry TEXT NOT NULL,
    entry_kind TEXT NOT NULL CHECK(entry_kind IN ('id', 'phone')), reason TEXT, source TEXT,
    added_at TEXT NOT NULL, UNIQUE(kind, channel, entry));
CREATE TABLE universal_control_draws(
    period TEXT PRIMARY KEY, share REAL NOT NULL, seed TEXT NOT NULL, base INTEGER NOT NULL,
    drawn_at TEXT NOT NULL);
CREATE TABLE universal_control(
    period TEXT NOT NULL REFERENCES universal_control_draws(period) ON DELETE CASCADE,
    customer_id TEXT NOT NULL, PRIMARY KEY(period, customer_id)) WITHOUT ROWID;
CREATE TABLE contact_history(
    id INTEGER PRIMARY KEY, customer_id TEXT NOT NULL, campaign TEXT NOT NULL, cell TEXT,
    wave INTEGER, channel TEXT, list_id TEXT, contact_date TEXT NOT NULL,
    is_control INTEGER NOT NULL DEFAULT 0);
CREATE INDEX contact_history_customer ON contact_history(customer_id, contact_date);
)sql";

// Outcomes and evaluation: the call outcomes of a campaign (one row per attempt, keyed by
// campaign, customer and attempt time so a re-import never counts an attempt twice), the
// imports they came from (with the file's hash) and their rejects; the follow-up extract
// (billing after the campaign) is a table `followup` created by its import, its columns listed
// in followup_columns like customer_columns list the customers table's.
inline constexpr std::string_view kVOutcomes = R"sql(
CREATE TABLE outcome_imports(
    id INTEGER PRIMARY KEY, campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
    file_name TEXT NOT NULL, file_path TEXT, file_hash TEXT NOT NULL, imported_at TEXT NOT NULL,
    rows_read INTEGER NOT NULL, added INTEGER NOT NULL, unchanged INTEGER NOT NULL,
    rejected INTEGER NOT NULL, dnd_added INTEGER NOT NULL, mapping_json TEXT);
CREATE INDEX outcome_imports_hash ON outcome_imports(campaign_id, file_hash);
CREATE TABLE outcome_rejects(
    id INTEGER PRIMARY KEY,
    import_id INTEGER NOT NULL REFERENCES outcome_imports(id) ON DELETE CASCADE,
    line INTEGER, column_name TEXT, reason TEXT NOT NULL, raw TEXT);
CREATE TABLE outcomes(
    campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
    customer_id TEXT NOT NULL, attempt_at TEXT NOT NULL, connected INTEGER NOT NULL,
    outcome TEXT NOT NULL CHECK(outcome IN ('agreed_paid', 'agreed_trial', 'considering',
        'refused', 'do_not_disturb', 'wrong_number', 'not_reached')),
    agent TEXT, completed_on TEXT, package TEXT, refusal_reason TEXT,
    import_id INTEGER NOT NULL REFERENCES outcome_imports(id), line INTEGER,
    PRIMARY KEY(campaign_id, customer_id, attempt_at)) WITHOUT ROWID;
CREATE TABLE followup_imports(
    id INTEGER PRIMARY KEY, file_name TEXT NOT NULL, file_path TEXT, file_hash TEXT NOT NULL,
    imported_at TEXT NOT NULL, rows_read INTEGER NOT NULL, imported INTEGER NOT NULL,
    rejected INTEGER NOT NULL);
CREATE TABLE followup_columns(
    position INTEGER NOT NULL, name TEXT PRIMARY KEY, label TEXT, source_header TEXT,
    type TEXT NOT NULL);
)sql";

// The split's algorithm is recorded with each campaign: splits stored before the documented
// md5 draw replaced the shuffle keep their members as drawn, marked as the shuffle's.
inline constexpr std::string_view kVSplitAlgorithm = R"sql(
ALTER TABLE campaigns ADD COLUMN split_algorithm TEXT;
UPDATE campaigns SET split_algorithm = 'mt19937-shuffle-v1'
    WHERE EXISTS (SELECT 1 FROM campaign_members m WHERE m.campaign_id = campaigns.id);
)sql";

// Call list exports: one row per export (list id) with what was written and whether the lists
// carry full phone numbers (full_phones 1) or masked ones (0). Exports made before this record
// are filled in from their contact history: the wave from the list id (CL<id>-W<n>-...; ALL:
// every wave), the time from its stamp (yyyyMMdd-HHmmss), the rows from the targets recorded;
// format, files and the phone choice unknown (NULL).
inline constexpr std::string_view kVListExports = R"sql(
CREATE TABLE list_exports(
    list_id TEXT PRIMARY KEY, campaign TEXT NOT NULL, wave INTEGER, exported_at TEXT,
    format TEXT, files INTEGER, rows INTEGER NOT NULL DEFAULT 0,
    full_phones INTEGER CHECK(full_phones IN (0, 1)));
INSERT INTO list_exports(list_id, campaign, wave, exported_at, rows)
SELECT list_id, campaign,
       CASE WHEN instr(list_id, '-W') > 0 THEN wave END,
       CASE WHEN stamp GLOB '[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]-[0-9][0-9][0-9][0-9][0-9][0-9]'
            THEN substr(stamp, 1, 4) || '-' || substr(stamp, 5, 2) || '-' || substr(stamp, 7, 2) ||
                 'T' || substr(stamp, 10, 2) || ':' || substr(stamp, 12, 2) || ':' ||
                 substr(stamp, 14, 2) END,
       rows
FROM (SELECT list_id, min(campaign) AS campaign, max(wave) AS wave, sum(is_control = 0) AS rows,
             substr(list_id, instr(substr(list_id, instr(list_id, '-') + 1), '-') +
                             instr(list_id, '-') + 1, 15) AS stamp
      FROM contact_history WHERE list_id IS NOT NULL GROUP BY list_id);
)sql";

inline constexpr std::string_view kMigrations[] = {
    kV1, kV2, kV3, kVCampaigns, kVOutcomes, kVSplitAlgorithm, kVListExports};

} // namespace cwb::schema
