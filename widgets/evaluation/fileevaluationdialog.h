// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "evaluate/fileevaluator.h"

#include <QDialog>
#include <QMap>
#include <QStringList>

class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace cwb {

// "Open Test/Control File…": picks what FileEvaluator needs from a finished test/control file
// (rows are customers). The header gives the columns; the group column's values (from the
// first rows of the file) give the control value; response and amount columns are checked in
// two lists. The evaluation itself runs in the view, in the background.
class FileEvaluationDialog : public QDialog
{
    Q_OBJECT

public:
    // Rows read to list a column's values (the control value can also be typed).
    static constexpr int kSampleRows = 20000;
    static constexpr int kMaxValues = 200;

    explicit FileEvaluationDialog(QWidget *parent = nullptr);

    // Reads the header and the first kSampleRows rows; empty when done, else the reader's
    // message (also shown in the dialog).
    QString loadFile(const QString &path);
    QString path() const { return m_path; }
    QStringList columns() const { return m_columns; }
    // Values of a column seen in the rows read, sorted.
    QStringList values(const QString &column) const { return m_values.value(column); }

    void setGroupColumn(const QString &column);
    void setControlValue(const QString &value);
    void setResponseColumns(const QStringList &columns);
    void setAmountColumns(const QStringList &columns);
    // The options as chosen (csv defaults, the bootstrap seed of the engine).
    FileEvaluationOptions options() const;
    // Why OK is disabled, in words; empty when the choice is complete.
    QString problem() const;

    QComboBox *groupColumnBox() const { return m_group; }
    QComboBox *controlValueBox() const { return m_control; }
    QListWidget *responseList() const { return m_responses; }
    QListWidget *amountList() const { return m_amounts; }

private:
    void browse();
    void groupChanged();
    void update();
    static QStringList checked(const QListWidget *list);
    static void setChecked(QListWidget *list, const QStringList &columns);

    QLineEdit *m_file;
    QComboBox *m_group;
    QComboBox *m_control;
    QListWidget *m_responses;
    QListWidget *m_amounts;
    QDoubleSpinBox *m_confidence;
    QSpinBox *m_resamples;
    QLabel *m_info;
    QDialogButtonBox *m_buttons;
    QString m_path;
    QStringList m_columns;
    QMap<QString, QStringList> m_values;
    QStringList m_binary;  // columns whose values read are all 0/1, yes/no, true/false
    QStringList m_numeric; // columns whose values read are all numbers
    qint64 m_rowsRead = 0;
};

} // namespace cwb
