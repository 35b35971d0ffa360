// SPDX-License-Identifier: GPL-3.0-or-later
#include "secure/passphrasedialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cwb {

namespace {

int characters(const QString &text)
{
    int count = 0;
    for (const QChar c : text)
        if (!c.isLowSurrogate())
            ++count;
    return count;
}

} // namespace

PassphraseDialog::PassphraseDialog(Mode mode, const QString &file, QWidget *parent)
    : QDialog(parent), m_mode(mode)
{
    const QString name = QFileInfo(file).fileName();
    setWindowTitle(mode == Encrypt ? tr("Save Encrypted Copy") : tr("Open Encrypted Copy"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        mode == Encrypt
            ? tr("<p>%1 will hold the whole workspace, customers' names and phone numbers "
                 "included, encrypted with this passphrase. Give the passphrase to the "
                 "recipient by another way than the file (by phone, not in the same e-mail).</p>"
                 "<p>Nobody can open the copy without it: a forgotten passphrase cannot be "
                 "recovered.</p>")
                  .arg(name.toHtmlEscaped())
            : tr("%1 is an encrypted copy of a workspace. Enter its passphrase to decrypt it.")
                  .arg(name.toHtmlEscaped()),
        this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::RichText);
    intro->setMinimumWidth(420);
    layout->addWidget(intro);

    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_problem->hide();
    layout->addWidget(m_problem);

    auto *form = new QFormLayout;
    m_passphrase = new QLineEdit(this);
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setObjectName(QStringLiteral("passphrase"));
    form->addRow(tr("&Passphrase:"), m_passphrase);
    if (mode == Encrypt) {
        m_repeat = new QLineEdit(this);
        m_repeat->setEchoMode(QLineEdit::Password);
        m_repeat->setObjectName(QStringLiteral("repeat"));
        form->addRow(tr("&Repeat:"), m_repeat);
    }
    m_show = new QCheckBox(tr("&Show the passphrase"), this);
    form->addRow(QString(), m_show);
    layout->addLayout(form);
    if (mode == Encrypt) {
        m_hint = new QLabel(this);
        m_hint->setWordWrap(true);
        layout->addWidget(m_hint);
    }

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)
        ->setText(mode == Encrypt ? tr("&Encrypt") : tr("&Decrypt"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_passphrase, &QLineEdit::textChanged, this, &PassphraseDialog::update);
    if (m_repeat)
        connect(m_repeat, &QLineEdit::textChanged, this, &PassphraseDialog::update);
    connect(m_show, &QCheckBox::toggled, this, [this](bool show) {
        const auto echo = show ? QLineEdit::Normal : QLineEdit::Password;
        m_passphrase->setEchoMode(echo);
        if (m_repeat)
            m_repeat->setEchoMode(echo);
    });
    connect(this, &QDialog::rejected, this, &PassphraseDialog::clearFields);
    update();
}

PassphraseDialog::~PassphraseDialog()
{
    clearFields();
}

QString PassphraseDialog::strengthHint(const QString &text, const QString &repeat, bool *acceptable)
{
    const int length = characters(text);
    *acceptable = false;
    if (length < Passphrase::kMinLength)
        return tr("At least %1 characters: %2 so far. A few words are easier to remember than "
                  "symbols and harder to guess.")
            .arg(Passphrase::kMinLength)
            .arg(length);
    if (repeat.isEmpty())
        return tr("Long enough. Type it again below.");
    if (repeat != text)
        return tr("The two passphrases differ.");
    *acceptable = true;
    bool digitsOnly = true;
    for (const QChar c : text)
        digitsOnly = digitsOnly && (c.isDigit() || c.isSpace());
    if (digitsOnly)
        return tr("Digits alone are easy to guess (a phone number or a date): words are "
                  "safer.");
    return length < 16 ? tr("Good. Longer is stronger.") : tr("Strong.");
}

QString PassphraseDialog::hint() const
{
    return m_hint ? m_hint->text() : QString();
}

bool PassphraseDialog::canAccept() const
{
    return m_buttons->button(QDialogButtonBox::Ok)->isEnabled();
}

void PassphraseDialog::setProblem(const QString &message)
{
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
}

QString PassphraseDialog::problem() const
{
    return m_problem->text();
}

void PassphraseDialog::update()
{
    bool acceptable = !m_passphrase->text().isEmpty();
    if (m_mode == Encrypt) {
        m_hint->setText(strengthHint(m_passphrase->text(), m_repeat->text(), &acceptable));
        // Green once it will do, red when the two differ, plain while it is being typed.
        const bool differ =
            !acceptable && !m_repeat->text().isEmpty() && m_repeat->text() != m_passphrase->text();
        m_hint->setStyleSheet(acceptable ? QStringLiteral("color: #1b6e20;")
                              : differ   ? QStringLiteral("color: #b3261e;")
                                         : QString());
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(acceptable);
}

Passphrase PassphraseDialog::takePassphrase()
{
    Passphrase passphrase = Passphrase::fromString(m_passphrase->text());
    clearFields();
    return passphrase;
}

void PassphraseDialog::clearFields()
{
    // Best effort: the fields' own buffers are Qt's; the text leaves them as soon as it is taken.
    m_passphrase->clear();
    if (m_repeat)
        m_repeat->clear();
}

} // namespace cwb
