#pragma once

#include "history/HistoryRecords.h"

#include <QSaveFile>
#include <QStringList>

namespace fleet {

// Writes RFC 4180 CSV (UTF-8, CRLF, fields quoted when needed) to a file that appears only when complete.
// Cells that a spreadsheet would run as a formula (= + - @ at the start) are prefixed with ' (CSV injection).
class CsvWriter final
{
public:
    explicit CsvWriter(const QString &path);
    Q_DISABLE_COPY_MOVE(CsvWriter)

    bool open();
    void writeRow(const QStringList &fields);
    bool close(); // commits the file
    QString errorString() const;

    static QString escape(const QString &field);
    static QStringList jobHeader();
    static QStringList jobRow(const JobRecord &job);

private:
    QSaveFile m_file;
    QString m_error;
};

} // namespace fleet
