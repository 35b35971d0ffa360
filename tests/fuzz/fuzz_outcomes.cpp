// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the call outcomes file (docs/evaluation.md): OutcomeImporter::run on the
// bytes of a CSV or XLSX file (recognised by content), for campaign "Upsell" of the workspace that
// tests/evaluate uses (thirteen customers, eight targets, four controls), made once per process.
// Each input runs inside a transaction that is rolled back, so every input meets the same
// workspace. Properties:
// - a refused file (cwb::Error) changes nothing: no outcome, no import recorded;
// - every data row is counted once: rows read = added + unchanged + rejected, the rejects kept
//   are the first of them, and the outcomes table holds exactly the added attempts;
// - importing the same file again changes nothing and says it was imported before.
#include "fuzzsupport.h"

#include "evaluate/outcomesfixture.h"

#include <cstdint>
#include <memory>

namespace {

constexpr const char *kTarget = "fuzz_outcomes";

std::unique_ptr<cwb::Workspace> g_workspace;

qint64 rows(const char *sql)
{
    return g_workspace->db().scalar(sql).toLongLong();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    cwb::fuzz::quietQt();
    cwb::fuzz::expectOnlyErrors(kTarget, [] {
        g_workspace =
            cwb::Workspace::create(cwb::fuzz::scratch().filePath(QStringLiteral("outcomes.cwb")));
        cwb::test::fillOutcomesFixture(*g_workspace);
    });
    if (!g_workspace)
        cwb::fuzz::broken(kTarget, "cannot make the workspace");
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString path = cwb::fuzz::writeInput("outcomes.csv", data, size);
    cwb::OutcomeImportOptions options;
    options.campaign = QStringLiteral("Upsell");
    options.keepRejects = 5;
    cwb::Transaction rollback(g_workspace->db()); // never committed
    cwb::OutcomeImportResult result;
    if (!cwb::fuzz::expectOnlyErrors(
            kTarget, [&] { result = cwb::OutcomeImporter::run(*g_workspace, path, options); })) {
        if (rows("SELECT count(*) FROM outcomes") != 0 ||
            rows("SELECT count(*) FROM outcome_imports") != 0 ||
            rows("SELECT count(*) FROM outcome_rejects") != 0)
            cwb::fuzz::broken(kTarget, "a refused outcomes file changed the workspace");
        return 0;
    }
    if (result.rowsRead != result.added + result.unchanged + result.rejected)
        cwb::fuzz::broken(kTarget, "rows read are not added + unchanged + rejected",
                          QStringLiteral("%1 != %2 + %3 + %4")
                              .arg(result.rowsRead)
                              .arg(result.added)
                              .arg(result.unchanged)
                              .arg(result.rejected));
    if (result.rejects.size() != qMin<qint64>(result.rejected, options.keepRejects))
        cwb::fuzz::broken(kTarget, "the rejects kept are not the first of the rejects");
    if (rows("SELECT count(*) FROM outcomes") != result.added ||
        rows("SELECT count(*) FROM outcome_rejects") != result.rejected)
        cwb::fuzz::broken(kTarget, "the workspace does not hold what the import reports");
    cwb::OutcomeImportResult again;
    if (!cwb::fuzz::expectOnlyErrors(
            kTarget, [&] { again = cwb::OutcomeImporter::run(*g_workspace, path, options); }) ||
        !again.alreadyImported || again.previousImportId != result.importId)
        cwb::fuzz::broken(kTarget, "the same file imported again is not recognised");
    return 0;
}
