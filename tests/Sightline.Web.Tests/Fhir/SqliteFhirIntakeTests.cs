namespace Sightline.Web.Tests.Fhir;

/// <summary>FHIR intake over SQLite.</summary>
[Trait("Database", "SQLite")]
public sealed class SqliteFhirIntakeTests(SqliteSite site) : FhirIntakeBehaviour(site), IClassFixture<SqliteSite>;
