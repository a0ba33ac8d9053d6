using System.Globalization;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Vestnik.Infrastructure.Localization;
using Vestnik.Infrastructure.Operations.Health;
using Vestnik.Infrastructure.Text;

namespace Vestnik.Features.SystemStatus;

/// <summary>Interface strings of the System page in both languages; a missing translation does not compile.</summary>
public sealed record SystemText
{
    public static readonly SystemText Ru = new()
    {
        Language = ContentLanguage.Ru,
        Title = "Система",
        Version = "Версия",
        Environment = "Окружение",
        Uptime = "Работает",
        UptimeFormat = "{0} д {1} ч {2} мин",
        Database = "База данных",
        DataFolder = "Папка данных",
        FreeOnDisk = "свободно на диске",
        LastBackup = "Последняя резервная копия",
        NoBackupYet = "ещё не делалась",
        FilesOne = "файл",
        FilesFew = "файла",
        FilesMany = "файлов",
        BackupSchedule = "Расписание копий",
        BackupEveryFormat = "каждые {0} ч в {1}, хранятся последние {2}",
        BackupOff = "выключено (Backup:IntervalHours)",
        Queues = "Очереди",
        DatabaseDown = "База данных не отвечает: очереди не прочитать.",
        Jobs = "Фоновые задачи",
        FailedJobs = "Фоновые задачи, которые сейчас не работают",
        NoFailedJobs = "Все фоновые задачи этого узла работают.",
        Job = "Задача",
        FailingSince = "Не работает с",
        FailuresInARow = "Сбоев подряд",
        LastError = "Последняя ошибка",
        Readiness = "Проверки готовности",
        CheckDatabase = "База данных",
        CheckDataFolder = "Папка данных",
        FindingDatabaseAnswers = "отвечает",
        FindingDatabaseSilent = "не отвечает",
        FindingDatabaseSlowFormat = "не ответила за {0} с",
        FindingFolderNotWritable = "запись в папку невозможна",
        FindingDiskLowFormat = "на диске свободно только {0} (минимум {1}, Health:MinFreeDiskMegabytes)",
        FindingDiskFreeFormat = "на диске свободно {0}",
        Healthy = "в порядке",
        Degraded = "с перебоями",
        Unhealthy = "не работает",
        RecentErrors = "Последние ошибки",
        NoRecentErrors = "С момента запуска ошибок не было.",
        TimeUtc = "Время (UTC)",
        Source = "Источник",
        Message = "Сообщение",
    };

    public static readonly SystemText En = new()
    {
        Language = ContentLanguage.En,
        Title = "System",
        Version = "Version",
        Environment = "Environment",
        Uptime = "Up for",
        UptimeFormat = "{0} d {1} h {2} min",
        Database = "Database",
        DataFolder = "Data folder",
        FreeOnDisk = "free on disk",
        LastBackup = "Last backup",
        NoBackupYet = "none yet",
        FilesOne = "file",
        FilesFew = "files",
        FilesMany = "files",
        BackupSchedule = "Backup schedule",
        BackupEveryFormat = "every {0} h into {1}, keeping the last {2}",
        BackupOff = "off (Backup:IntervalHours)",
        Queues = "Queues",
        DatabaseDown = "The database does not answer: the queues cannot be read.",
        Jobs = "Background jobs",
        FailedJobs = "Background jobs failing now",
        NoFailedJobs = "Every background job of this node is working.",
        Job = "Job",
        FailingSince = "Failing since",
        FailuresInARow = "Failures in a row",
        LastError = "Last error",
        Readiness = "Readiness checks",
        CheckDatabase = "Database",
        CheckDataFolder = "Data folder",
        FindingDatabaseAnswers = "answers",
        FindingDatabaseSilent = "does not answer",
        FindingDatabaseSlowFormat = "did not answer within {0} s",
        FindingFolderNotWritable = "cannot be written to",
        FindingDiskLowFormat = "only {0} free on its disk (minimum {1}, Health:MinFreeDiskMegabytes)",
        FindingDiskFreeFormat = "{0} free on its disk",
        Healthy = "healthy",
        Degraded = "degraded",
        Unhealthy = "unhealthy",
        RecentErrors = "Recent errors",
        NoRecentErrors = "No errors since the start.",
        TimeUtc = "Time (UTC)",
        Source = "Source",
        Message = "Message",
    };

    public required ContentLanguage Language { get; init; }
    public required string Title { get; init; }
    public required string Version { get; init; }
    public required string Environment { get; init; }
    public required string Uptime { get; init; }
    /// <summary>{0} days, {1} hours, {2} minutes.</summary>
    public required string UptimeFormat { get; init; }
    public required string Database { get; init; }
    public required string DataFolder { get; init; }
    public required string FreeOnDisk { get; init; }
    public required string LastBackup { get; init; }
    public required string NoBackupYet { get; init; }
    public required string FilesOne { get; init; }
    public required string FilesFew { get; init; }
    public required string FilesMany { get; init; }
    public required string BackupSchedule { get; init; }
    /// <summary>{0} hours, {1} the folder, {2} how many are kept.</summary>
    public required string BackupEveryFormat { get; init; }
    public required string BackupOff { get; init; }
    public required string Queues { get; init; }
    public required string DatabaseDown { get; init; }
    public required string Jobs { get; init; }
    public required string FailedJobs { get; init; }
    public required string NoFailedJobs { get; init; }
    public required string Job { get; init; }
    public required string FailingSince { get; init; }
    public required string FailuresInARow { get; init; }
    public required string LastError { get; init; }
    public required string Readiness { get; init; }
    public required string CheckDatabase { get; init; }
    public required string CheckDataFolder { get; init; }
    public required string FindingDatabaseAnswers { get; init; }
    public required string FindingDatabaseSilent { get; init; }
    public required string FindingDatabaseSlowFormat { get; init; }
    public required string FindingFolderNotWritable { get; init; }
    public required string FindingDiskLowFormat { get; init; }
    public required string FindingDiskFreeFormat { get; init; }
    public required string Healthy { get; init; }
    public required string Degraded { get; init; }
    public required string Unhealthy { get; init; }
    public required string RecentErrors { get; init; }
    public required string NoRecentErrors { get; init; }
    public required string TimeUtc { get; init; }
    public required string Source { get; init; }
    public required string Message { get; init; }

    public static SystemText For(ContentLanguage language) => language == ContentLanguage.En ? En : Ru;

    public CultureInfo Culture => Language.Culture();

    public string Number(long value) => value.ToString("N0", Culture);

    public string Size(long? bytes) => ByteSize.Format(bytes, Language);

    public string UptimeOf(TimeSpan uptime) =>
        string.Format(Culture, UptimeFormat, Number((long)uptime.TotalDays), uptime.Hours, uptime.Minutes);

    /// <summary>"12 файлов", "1 file".</summary>
    public string Files(long count) => $"{Number(count)} {Plural(count, FilesOne, FilesFew, FilesMany)}";

    public string BackupEvery(double hours, string? folder, int keep) => string.Format(Culture, BackupEveryFormat, hours, folder, keep);

    public string HealthName(HealthStatus status) => status switch
    {
        HealthStatus.Healthy => Healthy,
        HealthStatus.Degraded => Degraded,
        _ => Unhealthy,
    };

    /// <summary>A readiness check's name as the page shows it; a check this page does not know keeps its own.</summary>
    public string CheckName(string check) => check switch
    {
        "database" => CheckDatabase,
        "data-folder" => CheckDataFolder,
        _ => check,
    };

    /// <summary>What a check found (<see cref="HealthFindings"/>) in this language, or null when it recorded no finding.</summary>
    public string? Finding(IReadOnlyDictionary<string, object> data)
    {
        string Megabytes(string key) => Size(Convert.ToInt64(data[key], CultureInfo.InvariantCulture) * 1024 * 1024);
        return data.GetValueOrDefault(HealthFindings.Key) switch
        {
            HealthFindings.DatabaseAnswers => FindingDatabaseAnswers,
            HealthFindings.DatabaseSilent => FindingDatabaseSilent,
            HealthFindings.DatabaseSlow => string.Format(Culture, FindingDatabaseSlowFormat, data[HealthFindings.TimeoutSeconds]),
            HealthFindings.FolderNotWritable => FindingFolderNotWritable,
            HealthFindings.DiskLow => string.Format(Culture, FindingDiskLowFormat, Megabytes(HealthFindings.FreeMegabytes), Megabytes(HealthFindings.MinimumMegabytes)),
            HealthFindings.DiskFree => string.Format(Culture, FindingDiskFreeFormat, Megabytes(HealthFindings.FreeMegabytes)),
            _ => null,
        };
    }

    private string Plural(long count, string one, string few, string many) =>
        Language == ContentLanguage.En ? (count == 1 ? one : many) : RussianPlural.Choose(count, one, few, many);
}
