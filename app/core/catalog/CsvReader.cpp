#include "catalog/CsvReader.h"

#include <QIODevice>

namespace quire {

namespace {
constexpr qint64 ChunkSize = 256 * 1024;
}

CsvReader::CsvReader(QIODevice &device)
    : m_device(device)
{}

int CsvReader::peek()
{
    if (m_position >= m_buffer.size()) {
        m_buffer = m_device.read(ChunkSize);
        m_position = 0;
        if (m_buffer.isEmpty())
            return -1;
    }
    return static_cast<unsigned char>(m_buffer.at(m_position));
}

int CsvReader::get()
{
    const int c = peek();
    if (c < 0)
        return c;
    ++m_position;
    ++m_bytesConsumed;
    if (c == '\n')
        ++m_line;
    return c;
}

void CsvReader::skipRestOfLine()
{
    for (int c = get(); c >= 0 && c != '\n'; c = get()) {
    }
}

Result<std::optional<CsvReader::Record>> CsvReader::next()
{
    if (m_atStart) {
        m_atStart = false;
        // A UTF-8 byte order mark, as spreadsheet programs write, is not data.
        if (peek() == 0xEF) {
            const QByteArray bom("\xEF\xBB\xBF");
            if (m_buffer.mid(m_position, 3) == bom) {
                m_position += 3;
                m_bytesConsumed += 3;
            }
        }
    }

    // Blank lines between records carry nothing.
    while (peek() == '\r' || peek() == '\n')
        get();
    if (peek() < 0)
        return std::optional<Record>();

    Record record;
    record.line = m_line;
    QByteArray field;
    for (;;) {
        int c = get();
        if (c == '"' && field.isEmpty()) {
            const qint64 openedOn = m_line;
            for (;;) {
                c = get();
                if (c < 0) {
                    m_errorLine = openedOn;
                    return Error::invalid(tr("a quoted field is never closed"));
                }
                if (c == '"') {
                    if (peek() == '"') {
                        get();
                        field.append('"');
                        continue;
                    }
                    break;
                }
                field.append(char(c));
            }
            c = get();
            if (c == '\r' && peek() == '\n')
                c = get();
            if (c != ',' && c != '\n' && c >= 0) {
                skipRestOfLine();
                m_errorLine = record.line;
                return Error::invalid(tr("text after a closing quote (write \"\" for a quote "
                                         "inside a quoted field)"));
            }
        } else {
            while (c >= 0 && c != ',' && c != '\n') {
                if (c == '"') {
                    skipRestOfLine();
                    m_errorLine = record.line;
                    return Error::invalid(tr("a quote inside an unquoted field (put the field "
                                             "in quotes and write \"\" for the quote)"));
                }
                if (c == '\r' && peek() == '\n') {
                    c = get();
                    break;
                }
                field.append(char(c));
                c = get();
            }
        }
        record.fields.append(field);
        field.clear();
        if (c != ',')
            return std::optional<Record>(std::move(record));
    }
}

} // namespace quire
