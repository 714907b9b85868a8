#include "services/StoreSettings.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSettings>

namespace quire {

namespace {

const QString kName = QStringLiteral("store/name");
const QString kAddress = QStringLiteral("store/address");
const QString kVatNumber = QStringLiteral("store/vatNumber");
const QString kTaxNumber = QStringLiteral("store/taxNumber");
const QString kFooter = QStringLiteral("store/receiptFooter");
const QString kPaper = QStringLiteral("store/receiptPaper");

// The VAT number forms after the country prefix (EU VIES and HMRC formats).
const QHash<QString, QString> &vatForms()
{
    static const QHash<QString, QString> forms{
        {QStringLiteral("DE"), QStringLiteral("[0-9]{9}")},
        {QStringLiteral("FR"), QStringLiteral("[0-9A-HJ-NP-Z]{2}[0-9]{9}")},
        {QStringLiteral("GB"),
         QStringLiteral("[0-9]{9}|[0-9]{12}|GD[0-4][0-9]{2}|HA[5-9][0-9]{2}")},
        {QStringLiteral("XI"), QStringLiteral("[0-9]{9}|[0-9]{12}")},
        {QStringLiteral("AT"), QStringLiteral("U[0-9]{8}")},
        {QStringLiteral("BE"), QStringLiteral("[01][0-9]{9}")},
        {QStringLiteral("NL"), QStringLiteral("[0-9]{9}B[0-9]{2}")},
        {QStringLiteral("IT"), QStringLiteral("[0-9]{11}")},
        {QStringLiteral("ES"), QStringLiteral("[0-9A-Z][0-9]{7}[0-9A-Z]")},
        {QStringLiteral("LU"), QStringLiteral("[0-9]{8}")},
        {QStringLiteral("DK"), QStringLiteral("[0-9]{8}")},
        {QStringLiteral("IE"), QStringLiteral("[0-9][0-9A-Z+*][0-9]{5}[A-Z]{1,2}")},
        {QStringLiteral("PL"), QStringLiteral("[0-9]{10}")},
        {QStringLiteral("SE"), QStringLiteral("[0-9]{12}")},
        {QStringLiteral("CH"), QStringLiteral("E[0-9]{9}(MWST|TVA|IVA)?")},
    };
    return forms;
}

} // namespace

QString StoreSettings::normalizedVatNumber(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s.\\-]"));
    return text.toUpper().remove(separators);
}

QString StoreSettings::vatNumberProblem(const QString &vatNumber)
{
    const QString prefix = vatNumber.left(2);
    static const QRegularExpression letters(QStringLiteral("^[A-Z]{2}$"));
    if (!letters.match(prefix).hasMatch())
        return QCoreApplication::translate(
            "quire::StoreSettings",
            "a VAT number starts with its country's two letters, e.g. DE123456789");
    const QString form = vatForms().value(prefix);
    if (form.isEmpty())
        return QString(); // a country Quire does not know the form of: taken as written
    const QRegularExpression pattern(QStringLiteral("^(?:%1)$").arg(form));
    if (!pattern.match(vatNumber.mid(2)).hasMatch())
        return QCoreApplication::translate("quire::StoreSettings",
                                           "%1 is not the form of a VAT number of %2")
            .arg(vatNumber, prefix);
    return QString();
}

Result<StoreSettings> StoreSettings::fromSettings(QSettings &settings)
{
    StoreSettings store;
    store.name = settings.value(kName).toString().trimmed();
    if (settings.contains(kName) && store.name.isEmpty())
        return Error::invalid(
            QCoreApplication::translate("quire::StoreSettings", "%1 must not be empty").arg(kName));
    for (const QString &line : settings.value(kAddress).toStringList()) {
        if (!line.trimmed().isEmpty())
            store.address.append(line.trimmed());
    }
    if (settings.contains(kVatNumber)) {
        store.vatNumber = normalizedVatNumber(settings.value(kVatNumber).toString());
        if (const QString problem = vatNumberProblem(store.vatNumber); !problem.isEmpty())
            return Error::invalid(QStringLiteral("%1: %2").arg(kVatNumber, problem));
    }
    store.taxNumber = settings.value(kTaxNumber).toString().trimmed();
    static const QRegularExpression taxNumberForm(
        QStringLiteral("^[0-9A-Za-z][0-9A-Za-z /.\\-]{3,30}$"));
    if (settings.contains(kTaxNumber) && !taxNumberForm.match(store.taxNumber).hasMatch())
        return Error::invalid(
            QCoreApplication::translate(
                "quire::StoreSettings",
                "%1: '%2' is not a tax number (digits and letters, with / . - or spaces)")
                .arg(kTaxNumber, store.taxNumber));
    store.hasFooter = settings.contains(kFooter);
    store.receiptFooter = settings.value(kFooter).toString().trimmed();
    if (settings.contains(kPaper)) {
        const QString paper = settings.value(kPaper).toString().trimmed().toLower();
        if (paper == u"80mm")
            store.receiptPaper = Paper::Receipt80mm;
        else if (paper == u"a4")
            store.receiptPaper = Paper::A4;
        else if (paper == u"printer")
            store.receiptPaper = Paper::PrinterDefault;
        else
            return Error::invalid(
                QCoreApplication::translate("quire::StoreSettings",
                                            "%1 must be 80mm, A4 or printer, not '%2'")
                    .arg(kPaper, settings.value(kPaper).toString()));
    }
    return store;
}

} // namespace quire
