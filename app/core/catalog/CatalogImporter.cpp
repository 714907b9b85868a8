#include "catalog/CatalogImporter.h"

#include "catalog/CatalogLogging.h"
#include "catalog/CsvReader.h"
#include "catalog/ProductCode.h"
#include "domain/TaxCategory.h"
#include "persistence/AuditLog.h"
#include "persistence/Database.h"
#include "support/Clock.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QSqlError>
#include <QStringDecoder>
#include <array>

namespace quire {

namespace {

enum Field {
    IsbnField,
    TitleField,
    AuthorsField,
    PriceField,
    CurrencyField,
    StockField,
    CoverField,
    TaxCategoryField,
    KindField,
    PriceBoundField,
    FieldCount
};

const std::array<QString, FieldCount> &fieldNames()
{
    static const std::array<QString, FieldCount> names{
        QStringLiteral("isbn"),       QStringLiteral("title"),        QStringLiteral("authors"),
        QStringLiteral("price"),      QStringLiteral("currency"),     QStringLiteral("stock"),
        QStringLiteral("cover_path"), QStringLiteral("tax_category"), QStringLiteral("kind"),
        QStringLiteral("price_bound")};
    return names;
}

// The code column may be headed `isbn` (every catalog so far) or `code`.
QString canonicalColumnName(const QString &name)
{
    if (name == u"code")
        return QStringLiteral("isbn");
    if (name == u"pricebound") // the header is read in lower case
        return QStringLiteral("price_bound");
    return name;
}

constexpr int ProgressEveryRows = 4096;

std::optional<QString> decodeUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

} // namespace

CatalogImporter::CatalogImporter(Database &database, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_clock(clock)
{}

Result<Money> CatalogImporter::parsePrice(const QString &text, const QString &currency)
{
    const QString written = text.trimmed();
    const int digits = Money::fractionDigits(currency);
    const auto badPrice = [&] {
        return Error::invalid(
            tr("bad price \"%1\": write digits with a decimal point, like 12.50").arg(written));
    };
    if (written.startsWith(u'-'))
        return Error::invalid(tr("bad price \"%1\": a price cannot be negative").arg(written));

    const qsizetype point = written.indexOf(u'.');
    const QStringView whole = point < 0 ? QStringView(written) : QStringView(written).left(point);
    QStringView fraction = point < 0 ? QStringView() : QStringView(written).mid(point + 1);
    if (whole.isEmpty() || (point >= 0 && fraction.isEmpty()))
        return badPrice();

    qint64 minor = 0;
    const auto appendDigit = [&minor](QChar c) {
        return !qMulOverflow(minor, qint64(10), &minor)
               && !qAddOverflow(minor, qint64(c.unicode() - u'0'), &minor);
    };
    for (const QChar c : whole) {
        if (c < u'0' || c > u'9')
            return badPrice();
        if (!appendDigit(c))
            return Error::invalid(tr("bad price \"%1\": too large").arg(written));
    }
    for (qsizetype i = 0; i < fraction.size(); ++i) {
        const QChar c = fraction.at(i);
        if (c < u'0' || c > u'9')
            return badPrice();
        if (i >= digits && c != u'0')
            return Error::invalid(
                digits == 0 ? tr("bad price \"%1\": %2 has no decimals").arg(written, currency)
                            : tr("bad price \"%1\": %2 has only %3 decimals")
                                  .arg(written, currency)
                                  .arg(digits));
    }
    for (int i = 0; i < digits; ++i) {
        if (!appendDigit(i < fraction.size() ? fraction.at(i) : QChar(u'0')))
            return Error::invalid(tr("bad price \"%1\": too large").arg(written));
    }
    return Money::fromMinorUnits(minor, currency);
}

ImportReport CatalogImporter::importFile(const QString &path, Mode mode)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ImportReport report;
        report.fatalError = tr("cannot read %1: %2").arg(path, file.errorString());
        return report;
    }
    return importFrom(file, mode);
}

ImportReport CatalogImporter::importFrom(QIODevice &device, Mode mode)
{
    ImportReport report;
    QElapsedTimer timer;
    timer.start();
    const qint64 totalBytes = device.isSequential() ? -1 : device.size();
    CsvReader reader(device);

    // The header names the columns; their order is free.
    std::array<int, FieldCount> columnOf;
    columnOf.fill(-1);
    int columnCount = 0;
    {
        auto header = reader.next();
        if (!header) {
            report.fatalError
                = tr("line %1: %2").arg(reader.errorLine()).arg(header.error().message);
            return report;
        }
        if (!header->has_value()) {
            report.fatalError = tr("the file is empty: the first line must name the columns");
            return report;
        }
        const auto &names = fieldNames();
        const QList<QByteArray> &fields = (*header)->fields;
        columnCount = int(fields.size());
        for (int column = 0; column < columnCount; ++column) {
            const QString written = QString::fromUtf8(fields.at(column)).trimmed().toLower();
            const QString name = canonicalColumnName(written);
            const auto known = std::find(names.begin(), names.end(), name);
            if (known == names.end()) {
                report.fatalError
                    = tr("unknown column \"%1\" in the header (expected isbn or code, title, "
                         "authors, price, currency, stock and optionally cover_path, tax_category, "
                         "kind and price_bound)")
                          .arg(written);
                return report;
            }
            const auto field = std::distance(names.begin(), known);
            if (columnOf[field] >= 0) {
                report.fatalError = tr("column \"%1\" appears twice in the header").arg(written);
                return report;
            }
            columnOf[field] = column;
        }
        QStringList missing;
        for (int field = 0; field < CoverField; ++field) {
            if (columnOf[field] < 0)
                missing.append(names[field]);
        }
        if (!missing.isEmpty()) {
            report.fatalError
                = tr("the header lacks the column(s) %1").arg(missing.join(QStringLiteral(", ")));
            return report;
        }
    }

    const qint64 nowMs = m_clock.nowMs();
    const SqlDialect &dialect = m_database.dialect();
    for (const QString &statement : dialect.bulkWriteSetup()) {
        // Only a speed-up: an import that cannot have it still works.
        if (auto tuned = m_database.exec(statement); !tuned)
            qCWarning(lcCatalog).noquote()
                << "import runs without tuning:" << tuned.error().message;
    }
    auto written = m_database.writeTransaction([&]() -> Result<void> {
        QSqlQuery upsert(m_database.connection());
        // One prepared statement for every row: preparing per row would cost
        // more than the insert itself on a large catalog.
        if (!upsert.prepare(QStringLiteral(
                "INSERT INTO books (isbn13, title, authors, price_minor, currency, stock,"
                " cover_path, updated_at, tax_category, kind, price_bound)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (isbn13) DO UPDATE SET title = excluded.title,"
                " authors = excluded.authors, price_minor = excluded.price_minor,"
                " currency = excluded.currency, stock = excluded.stock,"
                " cover_path = excluded.cover_path, updated_at = excluded.updated_at,"
                // A row without a category keeps the title's (a new one is a book: reduced).
                " tax_category = CASE WHEN CAST(? AS TEXT) IS NULL THEN books.tax_category"
                " ELSE excluded.tax_category END, kind = excluded.kind,"
                // Likewise a row without price_bound keeps the title's flag.
                " price_bound = CASE WHEN CAST(? AS TEXT) IS NULL THEN books.price_bound"
                " ELSE excluded.price_bound END")))
            return Error::database(
                tr("cannot prepare the catalog update: %1").arg(upsert.lastError().text()));

        QHash<qint64, qint64> firstLineOfIsbn;
        for (;;) {
            auto next = reader.next();
            if (!next) {
                ++report.rowsRead;
                report.problems.append({reader.errorLine(), QString(), next.error().message});
                continue;
            }
            if (!next->has_value())
                break;
            const CsvReader::Record &record = **next;
            ++report.rowsRead;
            if (report.rowsRead % ProgressEveryRows == 0)
                Q_EMIT progressChanged(reader.bytesRead(), totalBytes, report.rowsRead);
            if (m_cancelFlag && m_cancelFlag->load(std::memory_order_relaxed)) {
                report.cancelled = true;
                return Error::invalid(tr("the import was cancelled; nothing was changed"));
            }

            const auto reject = [&](const QString &isbn, const QString &reason) {
                report.problems.append({record.line, isbn, reason});
            };
            if (record.fields.size() != columnCount) {
                reject(
                    QString(),
                    tr("expected %1 fields, found %2").arg(columnCount).arg(record.fields.size()));
                continue;
            }
            std::array<QString, FieldCount> value;
            bool decoded = true;
            for (int field = 0; field < FieldCount && decoded; ++field) {
                if (columnOf[field] < 0)
                    continue;
                auto text = decodeUtf8(record.fields.at(columnOf[field]));
                decoded = text.has_value();
                if (decoded)
                    value[field] = text->trimmed();
            }
            if (!decoded) {
                reject(QString(), tr("the row is not valid UTF-8 text"));
                continue;
            }

            const QString &isbnText = value[IsbnField];
            const auto isbn = ProductCode::parse(isbnText);
            if (!isbn) {
                reject(isbnText, isbn.error().message);
                continue;
            }
            // Without a kind, the code says it: an ISBN is a book.
            const QString kindText = value[KindField].toLower();
            if (!kindText.isEmpty() && kindText != u"book" && kindText != u"item") {
                reject(isbnText, tr("bad kind \"%1\": use book or item").arg(value[KindField]));
                continue;
            }
            const bool isItem = kindText.isEmpty() ? !isbn->isIsbn() : kindText == u"item";
            if (!isItem && !isbn->isIsbn()) {
                reject(isbnText, tr("%1 is not a book barcode: ISBNs start with 978 or 979 "
                                    "(write kind item for other goods)")
                                     .arg(isbnText));
                continue;
            }
            if (value[TitleField].isEmpty()) {
                reject(isbnText, tr("missing title"));
                continue;
            }
            const QString &currency = value[CurrencyField];
            if (!Money::isValidCurrencyCode(currency)) {
                reject(isbnText,
                       tr("bad currency \"%1\": use an ISO 4217 code such as EUR").arg(currency));
                continue;
            }
            const auto price = parsePrice(value[PriceField], currency);
            if (!price) {
                reject(isbnText, price.error().message);
                continue;
            }
            bool isNumber = false;
            const int stock = value[StockField].toInt(&isNumber);
            if (!isNumber) {
                reject(
                    isbnText,
                    tr("bad stock \"%1\": write a whole number of copies").arg(value[StockField]));
                continue;
            }
            if (stock < 0) {
                reject(isbnText, tr("negative stock (%1)").arg(stock));
                continue;
            }
            std::optional<TaxCategory> category;
            if (!value[TaxCategoryField].isEmpty()) {
                category = taxCategoryFromDatabaseText(value[TaxCategoryField].toLower());
                if (!category) {
                    reject(isbnText, tr("bad tax category \"%1\": use reduced, standard, zero or "
                                        "exempt")
                                         .arg(value[TaxCategoryField]));
                    continue;
                }
            }
            // Empty: the default (a book is price-bound under a book-price law).
            std::optional<bool> priceBound;
            const QString boundText = value[PriceBoundField].toLower();
            if (boundText == u"yes" || boundText == u"true" || boundText == u"1")
                priceBound = true;
            else if (boundText == u"no" || boundText == u"false" || boundText == u"0")
                priceBound = false;
            else if (!boundText.isEmpty()) {
                reject(isbnText,
                       tr("bad price_bound \"%1\": use yes or no").arg(value[PriceBoundField]));
                continue;
            }
            if (isItem && priceBound.value_or(false)) {
                reject(isbnText, tr("only books can be price-bound, not items"));
                continue;
            }
            const qint64 key = isbn->ean13().toLongLong();
            if (const auto seen = firstLineOfIsbn.constFind(key); seen != firstLineOfIsbn.cend()) {
                reject(isbnText,
                       isbn->isIsbn()
                           ? tr("ISBN %1 is already on line %2").arg(isbn->ean13()).arg(*seen)
                           : tr("code %1 is already on line %2").arg(isbn->ean13()).arg(*seen));
                continue;
            }
            firstLineOfIsbn.insert(key, record.line);
            if (mode == Mode::Strict && !report.problems.isEmpty())
                continue; // nothing will be kept; only look for more problems

            upsert.addBindValue(isbn->ean13());
            upsert.addBindValue(value[TitleField]);
            upsert.addBindValue(value[AuthorsField]);
            upsert.addBindValue(price->minorUnits());
            upsert.addBindValue(currency);
            upsert.addBindValue(stock);
            upsert.addBindValue(value[CoverField].isEmpty() ? QVariant()
                                                            : QVariant(value[CoverField]));
            upsert.addBindValue(nowMs);
            const QVariant categoryText = category ? QVariant(toDatabaseText(*category))
                                                   : QVariant(QMetaType::fromType<QString>());
            // A new title is reduced, a new item standard, unless the row says.
            upsert.addBindValue(toDatabaseText(
                category.value_or(isItem ? TaxCategory::Standard : TaxCategory::Reduced)));
            upsert.addBindValue(isItem ? QStringLiteral("item") : QStringLiteral("book"));
            const QVariant boundValue
                = priceBound ? QVariant(*priceBound ? 1 : 0) : QVariant(QMetaType::fromType<int>());
            upsert.addBindValue(boundValue);
            upsert.addBindValue(categoryText);
            upsert.addBindValue(priceBound ? QVariant(QStringLiteral("set"))
                                           : QVariant(QMetaType::fromType<QString>()));
            if (!upsert.exec())
                return Error::database(tr("line %1: the catalog update failed: %2")
                                           .arg(record.line)
                                           .arg(upsert.lastError().text()));
            ++report.imported;
        }
        if (mode == Mode::Strict && !report.problems.isEmpty())
            return Error::invalid(tr("%n row(s) are bad; strict import changed nothing", nullptr,
                                     int(report.problems.size())));
        if (m_actor) {
            AuditEntry entry;
            entry.at = m_clock.nowUtc();
            entry.actor = *m_actor;
            entry.action = QStringLiteral("catalog_imported");
            entry.entityType = QStringLiteral("catalog");
            entry.entityId = QStringLiteral("books");
            entry.detail = QStringLiteral("%1 rows read, %2 imported, %3 refused")
                               .arg(report.rowsRead)
                               .arg(report.imported)
                               .arg(report.problems.size());
            if (auto audited = AuditLog(m_database).append(entry); !audited)
                return audited.error();
        }
        return {};
    });
    Q_EMIT progressChanged(reader.bytesRead(), totalBytes < 0 ? reader.bytesRead() : totalBytes,
                           report.rowsRead);
    for (const QString &statement : dialect.bulkWriteTeardown()) {
        if (auto restored = m_database.exec(statement); !restored)
            qCWarning(lcCatalog).noquote()
                << "import tuning not undone:" << restored.error().message;
    }

    report.committed = written.ok();
    if (!written) {
        report.imported = 0;
        report.fatalError = written.error().message;
    }
    qCInfo(lcCatalog) << "import:" << report.rowsRead << "rows," << report.imported << "imported,"
                      << report.problems.size() << "refused in" << timer.elapsed() << "ms";
    return report;
}

} // namespace quire
