using Sightline.Core.Agencies;
using Sightline.Core.Persons;
using Sightline.Storage.Audit;

namespace Sightline.Storage.Tests;

/// <summary>The canonical form behind each entry's hash: fixed, and no field can run into another.</summary>
public sealed class AuditHashTests
{
    private static readonly AuditEntry Entry = new(
        7, new DateTimeOffset(2026, 11, 21, 9, 30, 0, TimeSpan.Zero).AddTicks(1_234_560), "jo", new AgencyId("hv"), "practitioner",
        AuditAction.SignInFailed, new PersonId("a-baby"), "child page\nline two", null, "127.0.0.1", AuditHash.Genesis, "");

    [Fact]
    public void The_canonical_text_lists_every_field_in_order_with_its_length()
    {
        Assert.Equal(
            "sightline-audit/1\n"
            + "sequence 1:7\n"
            + "at 28:2026-11-21T09:30:00.1234560Z\n"
            + "actor 2:jo\n"
            + "agency 2:hv\n"
            + "role 12:practitioner\n"
            + "action 14:sign-in-failed\n"
            + "person 6:a-baby\n"
            + "what 19:child page\nline two\n"
            + "why -\n"
            + "from 9:127.0.0.1\n"
            + $"previous-hash 64:{AuditHash.Genesis}\n",
            AuditHash.CanonicalText(Entry));
    }

    [Fact]
    public void Moving_text_from_one_field_to_the_next_changes_the_hash()
    {
        var moved = Entry with { Actor = "j", Agency = new AgencyId("ohv") };

        Assert.NotEqual(AuditHash.Of(Entry), AuditHash.Of(moved));
    }

    [Fact]
    public void An_empty_value_and_a_missing_one_hash_differently()
    {
        Assert.NotEqual(AuditHash.Of(Entry with { Why = "" }), AuditHash.Of(Entry));
    }

    [Fact]
    public void Lengths_count_utf8_bytes_and_the_hash_is_lower_case_hex()
    {
        var accented = Entry with { Actor = "Zoë" };

        Assert.Contains("actor 4:Zoë\n", AuditHash.CanonicalText(accented), StringComparison.Ordinal);
        Assert.Matches("^[0-9a-f]{64}$", AuditHash.Of(accented));
    }

    [Fact]
    public void The_instant_is_written_in_utc_whatever_its_offset()
    {
        var inParis = Entry with { At = Entry.At.ToOffset(TimeSpan.FromHours(1)) };

        Assert.Equal(AuditHash.Of(Entry), AuditHash.Of(inParis));
    }
}
