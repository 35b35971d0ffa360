// SPDX-License-Identifier: GPL-3.0-or-later
// `campaign-workbench`: the desktop application.
#include "appsettings.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QTimer>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("CampaignWorkbench"));
    QApplication::setOrganizationDomain(QStringLiteral("campaignworkbench.github.io"));
    QApplication::setApplicationName(QStringLiteral("Campaign Workbench"));
    QApplication::setApplicationVersion(QStringLiteral(CWB_VERSION));
    QApplication::setDesktopFileName(
        QStringLiteral("io.github.campaignworkbench.CampaignWorkbench"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/campaign-workbench.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Plan, simulate and evaluate targeted marketing pilots offline."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("workspace"),
                                 QStringLiteral("A workspace (.cwb) to open."),
                                 QStringLiteral("[W.cwb]"));
    const QCommandLineOption readOnly(QStringLiteral("read-only"),
                                      QStringLiteral("Open the workspace read-only."));
    const QCommandLineOption language(QStringLiteral("language"),
                                      QStringLiteral("User interface language: en or zh_CN "
                                                     "(default: as set in the View menu, else "
                                                     "the system's)."),
                                      QStringLiteral("LANG"));
    const QCommandLineOption screenshots(
        QStringLiteral("screenshot"),
        QStringLiteral("Save a PNG of each view into DIR and quit (for the documentation)."),
        QStringLiteral("DIR"));
    const QCommandLineOption extract(
        QStringLiteral("screenshot-extract"),
        QStringLiteral("With --screenshot: an extract to show in the import wizard."),
        QStringLiteral("FILE"));
    const QCommandLineOption testFile(
        QStringLiteral("screenshot-test-file"),
        QStringLiteral("With --screenshot: a test/control file to show in the Evaluation step "
                       "(group column segment, control \"No E-Mail\", responses visit and "
                       "conversion, amount spend: the Hillstrom e-mail campaign)."),
        QStringLiteral("FILE"));
    const QCommandLineOption plan(
        QStringLiteral("screenshot-plan"),
        QStringLiteral("With --screenshot: the ROI plan to set beside the evaluated campaign."),
        QStringLiteral("PLAN.json"));
    parser.addOptions({readOnly, language, screenshots, extract, testFile, plan});
    parser.process(app);

    const QString lang =
        parser.isSet(language) ? parser.value(language) : cwb::AppSettings::language.value();
    cwb::MainWindow::installTranslators(lang);

    cwb::MainWindow window;
    window.show();
    const QStringList args = parser.positionalArguments();
    if (!args.isEmpty())
        window.openWorkspace(args.first(), parser.isSet(readOnly));
    if (parser.isSet(screenshots)) {
        const QString dir = parser.value(screenshots);
        const QString file = parser.value(extract);
        const QString test = parser.value(testFile);
        const QString roiPlan = parser.value(plan);
        QTimer::singleShot(300, &window, [&window, dir, file, test, roiPlan] {
            QApplication::exit(window.saveScreenshots(dir, file, test, roiPlan) ? 0 : 1);
        });
    }
    return app.exec();
}
