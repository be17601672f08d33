#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

// The language-specific material a seeded school is made of: Danish, Norwegian, German, Polish and
// Estonian first names and surnames (with their letters: æ ø å ä ö ü ß ł ą ę ś ż ź ć ń ó õ š ž),
// towns, school kinds, job titles and the names schools give their mailboxes, lists and classes.
// Read-only data; NamePools::languages() is built once and never changes.
class NamePools
{
public:
    struct Town
    {
        QString name;       // "Łódź"
        QString inflected;  // the form school names use: locative "Łodzi", genitive "Tallinna"; else = name
        QString postalCode; // "90-001"
    };
    struct SchoolKind
    {
        QString nameTemplate;   // %1 = town (inflected), %2 = school number
        QString domainTemplate; // %1 = the town as an ASCII slug, %2 = school number
        int lowestGrade;
        int highestGrade;
        int firstAge;        // a pupil's age in the lowest grade
        QString description; // educationSchool description
    };
    struct Language
    {
        QString code;        // "da"
        QString locale;      // preferredLanguage: "da-DK"
        QString country;     // usageLocation / countryLetterCode: "DK"
        QString countryName; // address countryOrRegion
        QString phonePrefix; // "+45"
        QStringList femaleNames;
        QStringList maleNames;
        QStringList surnames; // male forms where the language inflects (Polish -ski/-cki)
        QVector<Town> towns;
        QVector<SchoolKind> kinds;
        QStringList streets;
        QString studentTitle[2]; // jobTitle, [0] male, [1] female
        QString teacherTitle[2];
        QStringList staffTitles;
        QString itTitle; // the school's IT technician
        QString principalTitle;
        QString calendarFolder; // the localized name of the default calendar folder
        QString allTeachers;    // distribution list names
        QString allStaff;
        QString management; // mail-enabled security group
        QStringList sharedMailboxes;
        QStringList subjects;
        QString classTemplate; // %1 = grade, %2 = class letter, %3 = subject
        bool upperCaseLetter;
        QString studentRoom; // officeLocation templates: %1 = class label
        QString staffRoom;
        QString unitDescription; // %1 = school name
    };

    static const QVector<Language> &languages();
    // The surname as a woman carries it (Polish Kowalski -> Kowalska); unchanged elsewhere.
    static QString feminineSurname(const Language &language, const QString &surname);
};
