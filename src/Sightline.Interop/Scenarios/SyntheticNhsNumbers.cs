using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Sightline.Core.Persons;

namespace Sightline.Interop.Scenarios;

/// <summary>
/// NHS numbers for scenario persons that have none, in the 999 range that NHS practice keeps for
/// test data, so a generated number can never be mistaken for a real patient's. The number is a
/// pure function of the person's id: SHA-256 rather than <see cref="string.GetHashCode()"/>,
/// which is randomised per process, so a scenario stored twice gets the same numbers.
/// </summary>
internal static class SyntheticNhsNumbers
{
    private const string TestRangePrefix = "999";

    /// <summary>Six free digits after the prefix: a million numbers, less the one in eleven with no check digit.</summary>
    private const int Candidates = 1_000_000;

    public static NhsNumber For(PersonId id)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(id.Value));
        var first = BinaryPrimitives.ReadUInt64BigEndian(hash) % Candidates;
        // Two consecutive candidates never share a Modulus 11 remainder, so when the first has no
        // check digit the next one has.
        for (var step = 0UL; step < 2; step++)
        {
            var digits = TestRangePrefix + ((first + step) % Candidates).ToString("D6", CultureInfo.InvariantCulture);
            if (NhsNumber.FromNineDigits(digits) is { } number)
            {
                return number;
            }
        }
        throw new InvalidOperationException($"No NHS number could be made for '{id}'.");
    }
}
