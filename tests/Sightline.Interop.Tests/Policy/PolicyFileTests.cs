using Sightline.Core.Calendar;
using Sightline.Core.Protocols;
using Sightline.Interop.Policy;

namespace Sightline.Interop.Tests.Policy;

public class PolicyFileTests
{
    [Fact]
    public void Settings_left_out_keep_the_contract_defaults()
    {
        var policy = PolicyFile.Parse("""{"format": "sightline-policy/1", "partnership": "Northmoor", "settings": {"transferInConference": "20 working days"}}""", "p.json");

        Assert.Equal("Northmoor", policy.Partnership);
        Assert.Equal(Timescale.WorkingDays(20), policy.Settings.TransferInConference);
        Assert.Equal(ProtocolSettings.Default.AdultAssessment, policy.Settings.AdultAssessment);
        Assert.Equal(183, policy.Settings.NonMobileBelowAgeDays);
    }

    [Fact]
    public void The_bruising_choice_reads_in_kebab_case()
    {
        var policy = PolicyFile.Parse("""{"format": "sightline-policy/1", "settings": {"bruisingResponse": "paediatric-assessment-first"}}""", "p.json");

        Assert.Equal(BruisingResponse.PaediatricAssessmentFirst, policy.Settings.BruisingResponse);
    }

    [Fact]
    public void A_misspelt_setting_is_an_error_naming_its_path()
    {
        var error = Assert.Throws<PolicyFileException>(() =>
            PolicyFile.Parse("{\"format\": \"sightline-policy/1\",\n \"settings\": {\"transferInConferance\": \"20 working days\"}}", "p.json"));

        Assert.StartsWith("p.json: $.settings.transferInConferance (line 2): unknown setting", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_timescale_that_is_not_one_is_an_error()
    {
        var error = Assert.Throws<PolicyFileException>(() =>
            PolicyFile.Parse("""{"format": "sightline-policy/1", "settings": {"adultAssessment": "ten days"}}""", "p.json"));

        Assert.Contains("$.settings.adultAssessment", error.Message, StringComparison.Ordinal);
        Assert.Contains("'ten days' is not a timescale", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_format_must_be_named()
    {
        var error = Assert.Throws<PolicyFileException>(() => PolicyFile.Parse("""{"settings": {}}""", "p.json"));

        Assert.Contains("$.format", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_written_policy_reads_back_the_same()
    {
        var settings = ProtocolSettings.Default with { ChildSeen = Timescale.WorkingDays(5), FirstReviewConference = Timescale.Months(2) };

        var back = PolicyFile.Parse(PolicyFile.Write(new PartnershipPolicy("Eastbrook", settings)), "p.json");

        Assert.Equal(settings, back.Settings);
    }

    [Fact]
    public void The_shipped_default_policy_holds_the_contract_values()
    {
        var file = Path.Combine(Repository.Root(), "policy", "default.json");

        Assert.Equal(ProtocolSettings.Default, PolicyFile.Read(file).Settings);
    }
}
