// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "secure/passphrase.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace cwb {

// Asks for the passphrase of an encrypted copy: twice, with a hint on its strength, when one is
// written (Encrypt), once when one is opened (Decrypt). The typed text is cleared from the
// fields as soon as passphrase() has taken it into guarded memory.
class PassphraseDialog : public QDialog
{
    Q_OBJECT

public:
    enum Mode
    {
        Encrypt,
        Decrypt
    };

    // file: the encrypted copy being written or opened (its name is shown).
    PassphraseDialog(Mode mode, const QString &file, QWidget *parent = nullptr);
    ~PassphraseDialog() override;

    // The passphrase typed (once accepted); clears the fields.
    Passphrase takePassphrase();

    // For tests and screenshots.
    QLineEdit *passphraseEdit() const { return m_passphrase; }
    QLineEdit *repeatEdit() const { return m_repeat; }
    QString hint() const;
    bool canAccept() const;
    // Shown above the fields, e.g. why the previous passphrase did not open the file.
    void setProblem(const QString &message);
    QString problem() const;

    // The strength hint for text: empty when it is long enough and the repeat matches.
    static QString strengthHint(const QString &text, const QString &repeat, bool *acceptable);

private:
    void update();
    void clearFields();

    Mode m_mode;
    QLabel *m_problem;
    QLineEdit *m_passphrase;
    QLineEdit *m_repeat = nullptr;
    QCheckBox *m_show;
    QLabel *m_hint = nullptr;
    QDialogButtonBox *m_buttons;
};

} // namespace cwb
