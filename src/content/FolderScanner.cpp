#include "content/FolderScanner.h"

#include "content/TextEncoding.h"
#include "content/Unicode.h"
#include "core/Text.h"

#include <algorithm>
#include <array>

namespace vitrin::content {

namespace fs = std::filesystem;

namespace {

// Also true when path is root itself.
bool isWithin(const fs::path& path, const fs::path& root) {
    const fs::path relative = path.lexically_relative(root);
    return !relative.empty() && *relative.begin() != "..";
}

void reject(Report& report, FindingCode code, const std::string& relative, StaffText message) {
    report.add(Severity::Rejected, code, relative, 0, std::move(message));
}

// Resolves the link at `path`; nullopt (with a finding) when it must not be followed.
std::optional<fs::path> followLink(const fs::path& root, const fs::path& folder,
                                   const fs::path& path, const std::string& relative,
                                   Report& report) {
    std::error_code error;
    const fs::path target = fs::canonical(path, error);
    if (error == std::errc::too_many_symbolic_link_levels) {
        reject(report, FindingCode::LinkBroken, relative,
               {"Länken leder runt i en cirkel och används inte.",
                "The link leads round in a circle and is not used."});
        return std::nullopt;
    }
    if (error) {
        reject(report, FindingCode::LinkBroken, relative,
               {"Länken leder till något som inte finns och används inte.",
                "The link leads to something that does not exist and is not used."});
        return std::nullopt;
    }
    if (!isWithin(target, root)) {
        reject(report, FindingCode::LinkOutside, relative,
               {"Länken leder ut ur innehållsmappen och följs inte. Kopiera in själva filen i "
                "stället.",
                "The link leads out of the content folder and is not followed. Copy the file "
                "itself in instead."});
        return std::nullopt;
    }
    // A link to the folder it sits in, or to one around it, would show the same files forever.
    if (fs::is_directory(target, error) && isWithin(folder, target)) {
        reject(report, FindingCode::LinkBroken, relative,
               {"Länken leder tillbaka till en mapp som den själv ligger i och används inte.",
                "The link leads back to a folder it is itself in and is not used."});
        return std::nullopt;
    }
    return target;
}

// Runs of digits are compared by value, so "2-Svenskbyn" comes before "10-Historia".
int compareNatural(std::string_view left, std::string_view right) {
    const auto isDigit = [](char c) {
        return c >= '0' && c <= '9';
    };
    size_t i = 0;
    size_t j = 0;
    while (i < left.size() && j < right.size()) {
        if (isDigit(left[i]) && isDigit(right[j])) {
            size_t endLeft = i;
            size_t endRight = j;
            while (endLeft < left.size() && isDigit(left[endLeft])) {
                ++endLeft;
            }
            while (endRight < right.size() && isDigit(right[endRight])) {
                ++endRight;
            }
            std::string_view numberLeft = left.substr(i, endLeft - i);
            std::string_view numberRight = right.substr(j, endRight - j);
            while (numberLeft.size() > 1 && numberLeft.front() == '0') {
                numberLeft.remove_prefix(1);
            }
            while (numberRight.size() > 1 && numberRight.front() == '0') {
                numberRight.remove_prefix(1);
            }
            if (numberLeft.size() != numberRight.size()) {
                return numberLeft.size() < numberRight.size() ? -1 : 1;
            }
            if (const int order = numberLeft.compare(numberRight); order != 0) {
                return order;
            }
            i = endLeft;
            j = endRight;
            continue;
        }
        if (left[i] != right[j]) {
            return static_cast<unsigned char>(left[i]) < static_cast<unsigned char>(right[j]) ? -1
                                                                                              : 1;
        }
        ++i;
        ++j;
    }
    if (i < left.size()) {
        return 1;
    }
    return j < right.size() ? -1 : 0;
}

} // namespace

bool isJunk(std::string_view name) {
    // Dot-files cover macOS (.DS_Store, ._*, .Trashes, .Spotlight-V100, .fseventsd) and Linux;
    // "~$" are the lock files Office leaves while a document is open.
    if (name.starts_with('.') || name.starts_with("~$")) {
        return true;
    }
    static constexpr std::array<std::string_view, 5> kNames{
        "thumbs.db", "ehthumbs.db", "desktop.ini", "system volume information", "$recycle.bin"};
    const std::string lower = core::toLowerAscii(name);
    return std::find(kNames.begin(), kNames.end(), lower) != kNames.end();
}

bool naturalLess(std::string_view leftKey, std::string_view rightKey) {
    return compareNatural(leftKey, rightKey) < 0;
}

FolderListing listFolder(const fs::path& root, const fs::path& folder, const std::string& relative,
                         Report& report) {
    FolderListing listing;
    std::error_code error;
    fs::directory_iterator it(folder, error);
    if (error) {
        listing.isReadable = false;
        return listing;
    }
    for (; it != fs::directory_iterator(); it.increment(error)) {
        if (error) {
            break;
        }
        const std::string rawName = it->path().filename().string();
        if (isJunk(rawName)) {
            continue;
        }
        FolderEntry entry;
        entry.name = normalizeNfc(decodeName(rawName));
        entry.key = matchKey(entry.name);
        entry.relative = relative.empty() ? entry.name : relative + "/" + entry.name;
        entry.path = it->path();
        std::error_code statusError;
        fs::file_status status = it->symlink_status(statusError);
        if (!statusError && fs::is_symlink(status)) {
            const std::optional<fs::path> target =
                followLink(root, folder, entry.path, entry.relative, report);
            if (!target) {
                continue;
            }
            entry.path = *target;
            status = fs::status(entry.path, statusError);
        }
        if (statusError) {
            reject(report, FindingCode::FileUnreadable, entry.relative,
                   {"Filen kunde inte läsas. Kontrollera USB-minnet och kopiera filen igen.",
                    "The file could not be read. Check the USB stick and copy the file again."});
            continue;
        }
        if (fs::is_directory(status)) {
            entry.isFolder = true;
        } else if (!fs::is_regular_file(status)) {
            reject(report, FindingCode::SpecialFile, entry.relative,
                   {"Det här är ingen vanlig fil och används inte.",
                    "This is not an ordinary file and is not used."});
            continue;
        }
        listing.entries.push_back(std::move(entry));
    }
    if (error) {
        report.add(Severity::Warning, FindingCode::FolderUnreadable, relative, 0,
                   {"Mappen kunde inte läsas till slut; filer kan saknas. Kontrollera USB-minnet.",
                    "The folder could not be read to the end; files may be missing. Check the "
                    "USB stick."});
    }
    std::sort(listing.entries.begin(), listing.entries.end(),
              [](const FolderEntry& left, const FolderEntry& right) {
                  const int order = compareNatural(left.key, right.key);
                  return order != 0 ? order < 0 : left.name < right.name;
              });
    return listing;
}

} // namespace vitrin::content
