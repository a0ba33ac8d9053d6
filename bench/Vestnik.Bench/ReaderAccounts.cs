using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Vestnik.Features.Accounts;
using Vestnik.Features.Comments;
using Vestnik.Features.Comments.Posting;
using Vestnik.Infrastructure;

namespace Vestnik.Bench;

/// <summary>A commenting reader: the account, the name shown on comments, and the hashed addresses posted from.</summary>
public sealed record Reader(string Id, string DisplayName, string[] IpHashes);

/// <summary>
/// Reader accounts as registration leaves them after the address is confirmed: an Identity user with a display name
/// and the comment settings every account has. They all share <see cref="Password"/>, hashed once.
/// </summary>
public static class ReaderAccounts
{
    public const string Password = "Bench-reader-password-1";
    private const string Base32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    private static readonly string[] FirstNames =
    [
        "Анна", "Мария", "Елена", "Ольга", "Ирина", "Наталья", "Татьяна", "Светлана", "Юлия", "Екатерина", "Сергей",
        "Андрей", "Алексей", "Дмитрий", "Михаил", "Игорь", "Владимир", "Николай", "Павел", "Виктор", "Олег", "Галина",
    ];

    private static readonly string[] Surnames =
    [
        "Иванов", "Петров", "Смирнов", "Кузнецов", "Попов", "Соколов", "Лебедев", "Козлов", "Новиков", "Морозов",
    ];

    private static readonly string[] Nicknames = ["Читатель", "Наблюдатель", "Старожил", "Горожанин", "Скептик", "Оптимист"];

    private static readonly string[] NameEmoji = ["🌿", "🐈", "☕", "🌻", "⚓"];

    public static async Task<List<Reader>> InsertAsync(SqliteConnection connection, SqliteTransaction transaction, string dataPath, int count, Random random)
    {
        // The app's own hasher on the same data folder: it writes the salt file the app will use for new comments.
        var ipHasher = new IpHasher(Options.Create(new CommentsOptions()), new DataFolders(Options.Create(new VestnikOptions { DataPath = dataPath })));
        var passwordHash = new PasswordHasher<AppUser>().HashPassword(new AppUser(), Password);

        await using var user = LargeDatabase.Command(connection, transaction,
            "INSERT INTO AspNetUsers (Id, DisplayName, UserName, NormalizedUserName, Email, NormalizedEmail, EmailConfirmed, PasswordHash, " +
            "SecurityStamp, ConcurrencyStamp, PhoneNumberConfirmed, TwoFactorEnabled, LockoutEnabled, AccessFailedCount) " +
            "VALUES ($id, $name, $email, $normalized, $email, $normalized, 1, $hash, $stamp, $concurrency, 0, 0, 1, 0)",
            "$id", "$name", "$email", "$normalized", "$hash", "$stamp", "$concurrency");
        await using var settings = LargeDatabase.Command(connection, transaction,
            "INSERT INTO ReaderSettings (UserId, NotifyOnReply, UnsubscribeToken) VALUES ($id, 1, $token)", "$id", "$token");

        var readers = new List<Reader>(count);
        for (var i = 0; i < count; i++)
        {
            var id = new Guid(Bytes(random, 16)).ToString();
            var email = $"reader{(i + 1).ToString(CultureInfo.InvariantCulture)}@readers.vestnik.test";
            var name = DisplayName(i, random);
            user.Parameters["$id"].Value = id;
            user.Parameters["$name"].Value = name;
            user.Parameters["$email"].Value = email;
            user.Parameters["$normalized"].Value = email.ToUpperInvariant();
            user.Parameters["$hash"].Value = passwordHash;
            user.Parameters["$stamp"].Value = string.Concat(Bytes(random, 32).Select(b => Base32[b % 32]));
            user.Parameters["$concurrency"].Value = new Guid(Bytes(random, 16)).ToString();
            await user.ExecuteNonQueryAsync();
            settings.Parameters["$id"].Value = id;
            settings.Parameters["$token"].Value = Convert.ToHexString(RandomNumberGenerator.GetBytes(24));
            await settings.ExecuteNonQueryAsync();

            // Home and a phone, for some; the addresses are made up in a documentation range.
            var addresses = 1 + random.Next(2);
            var hashes = Enumerable.Range(0, addresses)
                .Select(_ => ipHasher.Hash(new IPAddress([198, 51, (byte)random.Next(100), (byte)random.Next(1, 255)])))
                .ToArray();
            readers.Add(new Reader(id, name, hashes));
        }
        return readers;
    }

    private static string DisplayName(int i, Random random)
    {
        var first = FirstNames[random.Next(FirstNames.Length)];
        var surname = Surnames[random.Next(Surnames.Length)];
        // Russian surnames agree with the first name: the female names of the list end in -а or -я.
        var female = first.EndsWith('а') || first.EndsWith('я');
        return (i % 5) switch
        {
            0 => $"{first} {surname[0]}.",
            1 => $"{first} {surname}{(female ? "а" : "")}",
            2 => $"{Nicknames[random.Next(Nicknames.Length)]}{(i % 97).ToString(CultureInfo.InvariantCulture)}",
            3 => $"{first} {NameEmoji[random.Next(NameEmoji.Length)]}",
            _ => first,
        };
    }

    private static byte[] Bytes(Random random, int count)
    {
        var bytes = new byte[count];
        random.NextBytes(bytes);
        return bytes;
    }
}
