using System.Net;

namespace Sightline.Web.Tests;

/// <summary>
/// Who sees what: each row a requester, an address and the status they must get. Requesters are
/// test users (signed in through the sign-in page), <c>anonymous</c>, or bearer tokens:
/// <c>token:AGENCY-USER:ROLE</c> takes the agency of that test user; <c>token:bad-key</c>,
/// <c>token:wrong-audience</c> and <c>token:expired</c> are otherwise good tokens for the health visitor.
/// </summary>
public static class RoleTable
{
    private static readonly string Ruby = $"/children/{HartFamily.Baby}";
    private static readonly string RubyApi = $"/api/children/{HartFamily.Baby}";
    private static readonly string HvAlerts = $"/agencies/{HartFamily.Hv}/alerts";
    private static readonly string CscAlerts = $"/agencies/{HartFamily.Csc}/alerts";

    public static TheoryData<string, string, HttpStatusCode> Rows { get; } = new()
    {
        // A child's page: the agencies involved (recorded, holds the plan), whatever their role that works with records.
        { "hv", Ruby, HttpStatusCode.OK },
        { "csc", Ruby, HttpStatusCode.OK },
        { "lead", Ruby, HttpStatusCode.OK },
        { "manager", Ruby, HttpStatusCode.OK },
        { "police", Ruby, HttpStatusCode.Forbidden },
        { "police-lead", Ruby, HttpStatusCode.Forbidden },
        { "analyst", Ruby, HttpStatusCode.Forbidden },
        { "admin", Ruby, HttpStatusCode.Forbidden },
        { "anonymous", Ruby, HttpStatusCode.Redirect },
        // The children list: only for roles that work with records.
        { "hv", "/", HttpStatusCode.OK },
        { "police", "/", HttpStatusCode.OK },
        { "analyst", "/", HttpStatusCode.Forbidden },
        { "admin", "/", HttpStatusCode.Forbidden },
        { "anonymous", "/", HttpStatusCode.Redirect },
        // An agency's alerts: its own people only.
        { "hv", HvAlerts, HttpStatusCode.OK },
        { "manager", HvAlerts, HttpStatusCode.OK },
        { "lead", CscAlerts, HttpStatusCode.OK },
        { "hv", CscAlerts, HttpStatusCode.Forbidden },
        { "police", CscAlerts, HttpStatusCode.Forbidden },
        { "analyst", CscAlerts, HttpStatusCode.Forbidden },
        { "admin", CscAlerts, HttpStatusCode.Forbidden },
        { "anonymous", CscAlerts, HttpStatusCode.Redirect },
        // Aggregate figures: analysts, managers, leads.
        { "analyst", "/figures", HttpStatusCode.OK },
        { "manager", "/figures", HttpStatusCode.OK },
        { "lead", "/figures", HttpStatusCode.OK },
        { "hv", "/figures", HttpStatusCode.Forbidden },
        { "admin", "/figures", HttpStatusCode.Forbidden },
        // The replay page: review authors (it shows only the uploaded file).
        { "analyst", "/replay", HttpStatusCode.OK },
        { "lead", "/replay", HttpStatusCode.OK },
        { "manager", "/replay", HttpStatusCode.OK },
        { "hv", "/replay", HttpStatusCode.Forbidden },
        { "admin", "/replay", HttpStatusCode.Forbidden },
        { "anonymous", "/replay", HttpStatusCode.Redirect },
        // Names of agencies and the rules: anyone signed in.
        { "admin", "/agencies", HttpStatusCode.OK },
        { "analyst", "/agencies", HttpStatusCode.OK },
        { "hv", "/rules", HttpStatusCode.OK },
        { "anonymous", "/rules", HttpStatusCode.Redirect },
        // Public.
        { "anonymous", "/sign-in", HttpStatusCode.OK },
        { "anonymous", "/health", HttpStatusCode.OK },
        // The API, with the sign-in cookie or a bearer token.
        { "hv", RubyApi, HttpStatusCode.OK },
        { "police", RubyApi, HttpStatusCode.Forbidden },
        { "analyst", RubyApi, HttpStatusCode.Forbidden },
        { "anonymous", RubyApi, HttpStatusCode.Unauthorized },
        { "token:hv:practitioner", RubyApi, HttpStatusCode.OK },
        { "token:csc:manager", RubyApi, HttpStatusCode.OK },
        { "token:police:practitioner", RubyApi, HttpStatusCode.Forbidden },
        { "token:hv:analyst", RubyApi, HttpStatusCode.Forbidden },
        { "token:hv:administrator", RubyApi, HttpStatusCode.Forbidden },
        { "token:bad-key", RubyApi, HttpStatusCode.Unauthorized },
        { "token:wrong-audience", RubyApi, HttpStatusCode.Unauthorized },
        { "token:expired", RubyApi, HttpStatusCode.Unauthorized },
    };
}
