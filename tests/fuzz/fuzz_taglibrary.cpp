// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the tag library file (docs/tag-library.md): SegmentStore::importTags on
// the bytes of the file, into a small workspace made once per process (eight customers, three
// tags, two rule segments and a list segment, as in tests/segment). The conflict policy is picked
// by the input's length (fail, skip, replace, rename). Each input runs inside a transaction that
// is rolled back, so the workspace is the same for every input. Properties:
// - a refused file (cwb::Error) changes nothing: the library is as before;
// - after an import, the library exported again imports again with every tag unchanged.
#include "fuzzsupport.h"

#include "common/customertable.h"
#include "segment/segmentstore.h"
#include "workspace/workspace.h"

#include <cstdint>
#include <memory>

namespace {

constexpr const char *kTarget = "fuzz_taglibrary";
const QDate kToday(2026, 11, 23);

std::unique_ptr<cwb::Workspace> g_workspace;
QStringList g_library; // name=rule of every tag of the fixture

cwb::TagDefinition tagOf(const QString &name, const QString &rule)
{
    cwb::TagDefinition t;
    t.name = name;
    t.rule = rule;
    return t;
}

void makeWorkspace()
{
    g_workspace = cwb::Workspace::create(cwb::fuzz::scratch().filePath(QStringLiteral("tags.cwb")));
    cwb::Database &db = g_workspace->db();
    cwb::test::createCustomerTable(
        db,
        "CREATE TABLE customers(customer_id TEXT NOT NULL UNIQUE, city TEXT, "
        "total_fee_m1 REAL, ld_fee_m1 REAL, is_5g INTEGER, uses_sec INTEGER, tenure INTEGER, "
        "contract_end TEXT, _import_id INTEGER, _line INTEGER)",
        {{"customer_id", "客户编号", "text"},
         {"city", "城市", "text"},
         {"total_fee_m1", "总费用_M1", "decimal"},
         {"ld_fee_m1", "长途费_M1", "decimal"},
         {"is_5g", "5G用户", "boolean"},
         {"uses_sec", "手机证券", "boolean"},
         {"tenure", "在网时长", "integer"},
         {"contract_end", "合约到期日", "date"}});
    db.exec("INSERT INTO customers VALUES "
            "('c1', '北京', 100, 60, 1, 1, 24, '2026-12-15', 1, 2),"
            "('c2', '上海', 50, 10, 0, 0, 3, '2027-06-01', 1, 3),"
            "('c3', '北京', 0, 0, NULL, 0, 12, NULL, 1, 4),"
            "('c4', '广州', 200, 150, 1, 1, 60, '2026-11-30', 1, 5),"
            "('c5', '深圳', 80, 20, 0, 0, 1, '2025-01-01', 1, 6),"
            "('c6', NULL, 100, NULL, 1, 1, NULL, '2027-01-23', 1, 7),"
            "('c7', '北京', 30, 25, 0, 0, 36, '2027-02-10', 1, 8),"
            "('c8', '上海', NULL, 5, 1, 0, 6, '2026-12-31', 1, 9)");
    cwb::SegmentStore store(*g_workspace, kToday);
    store.saveTag(tagOf(QStringLiteral("trader"), QStringLiteral("uses_sec AND ld_fee_m1 > 20")));
    store.saveTag(
        tagOf(QStringLiteral("heavy_ld"), QStringLiteral("ld_fee_m1 / total_fee_m1 > 0.5")));
    store.saveTag(tagOf(QStringLiteral("expiring"),
                        QStringLiteral("months_between(contract_end, today) < 3")));
    store.addSegment(QStringLiteral("高值高危"), QStringLiteral("tag:trader OR tag:heavy_ld"));
    store.addSegment(QStringLiteral("5G到期"), QStringLiteral("is_5g AND tag:expiring"));
    store.addListSegment(QStringLiteral("pilot"), {QStringLiteral("c2"), QStringLiteral("c4")});
    store.materialise(QStringLiteral("高值高危"));
}

QStringList library(cwb::SegmentStore &store)
{
    QStringList list;
    for (const cwb::TagDefinition &t : store.tags())
        list << t.name + QLatin1Char('=') + t.rule;
    return list;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    cwb::fuzz::quietQt();
    cwb::fuzz::expectOnlyErrors(kTarget, makeWorkspace);
    if (!g_workspace)
        cwb::fuzz::broken(kTarget, "cannot make the workspace");
    cwb::SegmentStore store(*g_workspace, kToday);
    g_library = library(store);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const cwb::TagConflictPolicy policies[] = {
        cwb::TagConflictPolicy::Fail, cwb::TagConflictPolicy::Skip, cwb::TagConflictPolicy::Replace,
        cwb::TagConflictPolicy::Rename};
    const cwb::TagConflictPolicy policy = policies[size % 4];
    cwb::Transaction rollback(g_workspace->db()); // never committed
    cwb::SegmentStore store(*g_workspace, kToday);
    if (!cwb::fuzz::expectOnlyErrors(
            kTarget, [&] { store.importTags(cwb::fuzz::bytes(data, size), policy); })) {
        if (library(store) != g_library)
            cwb::fuzz::broken(kTarget, "a refused tag library changed the library",
                              library(store).join(QLatin1Char('|')));
        return 0;
    }
    const QByteArray exported = store.exportTags();
    cwb::TagImportReport again;
    if (!cwb::fuzz::expectOnlyErrors(
            kTarget, [&] { again = store.importTags(exported, cwb::TagConflictPolicy::Fail); }))
        cwb::fuzz::broken(kTarget, "the library exported after an import does not import again",
                          QString::fromUtf8(exported));
    if (!again.conflicts.isEmpty() || !again.added.isEmpty() ||
        again.unchanged.size() != store.tags().size())
        cwb::fuzz::broken(kTarget, "the library exported after an import imports with changes",
                          QString::fromUtf8(exported));
    return 0;
}
