#include "support/SecretFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <sys/stat.h>
#include <unistd.h>

namespace quire {

namespace {

// A secret file is a few lines; anything large is the wrong file.
constexpr qint64 kMaxSecretFileBytes = 64 * 1024;

QString octalMode(mode_t mode)
{
    return QStringLiteral("%1").arg(uint(mode & 07777), 4, 8, QLatin1Char('0'));
}

// The content as stored, once the file has passed the checks.
Result<QByteArray> readChecked(const QString &path, const QString &what)
{
    // Checked before opening: opening a FIFO would block until a writer came.
    const QFileInfo info(path);
    if (!info.exists())
        return Error::notFound(
            QCoreApplication::translate("quire::SecretFile", "%1 file '%2' does not exist")
                .arg(what, path));
    if (!info.isFile())
        return Error::invalid(
            QCoreApplication::translate("quire::SecretFile", "%1 file '%2' is not a regular file")
                .arg(what, path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::invalid(
            QCoreApplication::translate("quire::SecretFile", "%1 file '%2' is not readable: %3")
                .arg(what, path, file.errorString()));
    // Checked again on the open file: the name may have been swapped for
    // another file since the look above.
    struct stat status = {};
    if (::fstat(file.handle(), &status) != 0 || !S_ISREG(status.st_mode))
        return Error::invalid(
            QCoreApplication::translate("quire::SecretFile", "%1 file '%2' is not a regular file")
                .arg(what, path));
    // Whoever owns the file can change its mode and its secret.
    if (status.st_uid != ::geteuid() && status.st_uid != 0)
        return Error::invalid(
            QCoreApplication::translate("quire::SecretFile",
                                        "%1 file '%2' belongs to user id %3, not to the user "
                                        "Quire runs as (%4) or root: run chown %4 %2")
                .arg(what, path, QString::number(status.st_uid), QString::number(::geteuid())));
    if ((status.st_mode & (S_IRWXG | S_IRWXO)) != 0)
        return Error::invalid(
            QCoreApplication::translate("quire::SecretFile",
                                        "%1 file '%2' is accessible by group or others (mode "
                                        "%3); it must be readable by Quire's user only: "
                                        "run chmod 600 %2")
                .arg(what, path, octalMode(status.st_mode)));
    return file.read(kMaxSecretFileBytes);
}

Error emptyFile(const QString &path, const QString &what)
{
    return Error::invalid(
        QCoreApplication::translate("quire::SecretFile", "%1 file '%2' is empty").arg(what, path));
}

} // namespace

Result<QByteArray> SecretFile::read(const QString &path, const QString &what)
{
    const auto content = readChecked(path, what);
    if (!content)
        return content.error();
    const QByteArray trimmed = content->trimmed();
    if (trimmed.isEmpty())
        return emptyFile(path, what);
    return trimmed;
}

Result<QByteArrayList> SecretFile::readLines(const QString &path, const QString &what,
                                             qsizetype minimumLength)
{
    const auto content = readChecked(path, what);
    if (!content)
        return content.error();
    QByteArrayList secrets;
    int lineNumber = 0;
    for (const QByteArray &line : content->split('\n')) {
        ++lineNumber;
        const QByteArray secret = line.trimmed();
        if (secret.isEmpty())
            continue;
        if (secret.size() < minimumLength)
            return Error::invalid(
                QCoreApplication::translate("quire::SecretFile",
                                            "%1 file '%2', line %3: the secret is shorter "
                                            "than %4 characters")
                    .arg(what, path, QString::number(lineNumber), QString::number(minimumLength)));
        secrets.append(secret);
    }
    if (secrets.isEmpty())
        return emptyFile(path, what);
    return secrets;
}

} // namespace quire
