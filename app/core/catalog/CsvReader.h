#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <optional>

class QIODevice;

namespace quire {

// Reads RFC 4180 CSV record by record from a device, without loading the
// file: fields separated by commas, records by CRLF or LF, fields in double
// quotes may hold commas, line breaks and doubled quotes. Fields come back as
// raw bytes; decoding (UTF-8) is the caller's, so a bad byte can be reported
// against its row instead of spoiling the file.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(quire::CsvReader)

public:
    struct Record
    {
        QList<QByteArray> fields;
        qint64 line = 0; // where the record starts, 1-based
    };

    explicit CsvReader(QIODevice &device);

    // The next record, or nullopt at the end. A malformed record (a stray
    // quote, text after a closing quote, a quote never closed) is an Invalid
    // error (errorLine() says where); reading may go on with the next record.
    Result<std::optional<Record>> next();

    qint64 bytesRead() const { return m_bytesConsumed; }
    qint64 errorLine() const { return m_errorLine; }

private:
    int get(); // next byte or -1 at the end
    int peek();
    void skipRestOfLine();

    QIODevice &m_device;
    QByteArray m_buffer;
    qsizetype m_position = 0;
    qint64 m_bytesConsumed = 0;
    qint64 m_line = 1;
    qint64 m_errorLine = 0;
    bool m_atStart = true;
};

} // namespace quire
