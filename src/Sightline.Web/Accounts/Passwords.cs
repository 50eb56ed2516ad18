using System.Security.Cryptography;

namespace Sightline.Web.Accounts;

/// <summary>Random passwords for accounts Sightline makes itself: long, from a cryptographic generator, easy to read back.</summary>
internal static class Passwords
{
    /// <summary>Letters and digits without the ones read for each other (0/O, 1/l/I).</summary>
    private const string Alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private const int Groups = 4;
    private const int GroupLength = 5;

    /// <summary>A new password such as <c>k7Hq2-mWx9P-…</c>: four groups of five, about 115 bits.</summary>
    public static string Generate() =>
        string.Join('-', Enumerable.Range(0, Groups).Select(_ => RandomNumberGenerator.GetString(Alphabet, GroupLength)));
}
