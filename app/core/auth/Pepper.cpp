#include "auth/Pepper.h"

#include "auth/AuthLogging.h"
#include "auth/PinHasher.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <sodium.h>
#include <unistd.h>

namespace quire {

namespace {

constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

Result<QByteArray> readPepper(const QString &path)
{
    QFile file(path);
    if (file.permissions() & ~(kOwnerOnly | QFileDevice::ReadUser | QFileDevice::WriteUser)) {
        // Someone widened it (a copy, a restore): narrow it again before use.
        qCWarning(lcAuth) << "PIN pepper file was readable by others; restricting" << path;
        if (!file.setPermissions(kOwnerOnly))
            return Error::invalid(
                QCoreApplication::translate(
                    "quire::Pepper",
                    "cannot restrict the permissions of the PIN pepper file %1: %2")
                    .arg(path, file.errorString()));
    }
    if (!file.open(QIODevice::ReadOnly))
        return Error::invalid(
            QCoreApplication::translate("quire::Pepper", "cannot read the PIN pepper file %1: %2")
                .arg(path, file.errorString()));
    QByteArray pepper = file.read(PinHasher::kPepperBytes + 1);
    if (pepper.size() != PinHasher::kPepperBytes)
        return Error::invalid(
            QCoreApplication::translate("quire::Pepper",
                                        "the PIN pepper file %1 is damaged (wrong size); "
                                        "restore it from a backup")
                .arg(path));
    return pepper;
}

} // namespace

QString Pepper::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation))
        .filePath(QStringLiteral("pin-pepper"));
}

Result<QByteArray> Pepper::loadOrCreate(const QString &path)
{
    if (QFileInfo::exists(path))
        return readPepper(path);

    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return Error::invalid(QCoreApplication::translate(
                                  "quire::Pepper", "cannot create the folder %1 for the PIN pepper")
                                  .arg(info.absolutePath()));
    if (sodium_init() < 0)
        return Error::invalid(QCoreApplication::translate(
            "quire::Pepper", "the cryptography library could not start"));

    QByteArray pepper(PinHasher::kPepperBytes, Qt::Uninitialized);
    randombytes_buf(pepper.data(), size_t(pepper.size()));

    // Created 0600 from the first byte (no window where it is world-readable),
    // completed and synced under a temporary name, then renamed: a crash never
    // leaves a short pepper behind, and rename never overwrites another's.
    const QString temporary = path + QStringLiteral(".new");
    QFile::remove(temporary);
    QFile file(temporary);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, kOwnerOnly))
        return Error::invalid(
            QCoreApplication::translate("quire::Pepper", "cannot create the PIN pepper file %1: %2")
                .arg(temporary, file.errorString()));
    const bool written
        = file.write(pepper) == pepper.size() && file.flush() && ::fsync(file.handle()) == 0;
    file.close();
    if (!written || !QFile::rename(temporary, path)) {
        QFile::remove(temporary);
        // Another process may have won the race: use its pepper.
        if (QFileInfo::exists(path))
            return readPepper(path);
        return Error::invalid(
            QCoreApplication::translate("quire::Pepper", "cannot write the PIN pepper file %1")
                .arg(path));
    }
    qCInfo(lcAuth) << "created a new PIN pepper file" << path;
    return pepper;
}

} // namespace quire
