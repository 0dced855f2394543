using System.Text.Json.Serialization;
using Lantern.Core.Agencies;
using Lantern.Core.Data;
using Lantern.Web.Api;
using Lantern.Web.Security;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Lantern.Web;

/// <summary>Builds the one deployable: Razor Pages, the /api/v1 API, Identity, and the database.</summary>
public static class LanternWebApp
{
    public const string CompositeScheme = "Lantern";
    public const string SignedInAtItem = "lantern.signed-in-at";

    public static async Task<WebApplication> BuildAsync(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var demo = args.Contains(DemoMode.Flag);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args.Where(a => a != DemoMode.Flag).ToArray(),
            ContentRootPath = ContentRoot.Resolve(),
        });
        if (demo)
        {
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:Provider"] = "Sqlite",
                ["Database:ConnectionString"] = "Data Source=data/lantern.db",
                ["Lantern:Demo"] = "true",
                ["Lantern:RequireHttps"] = "false",
            });
            var urls = builder.Configuration["urls"];
            if (string.IsNullOrWhiteSpace(urls))
            {
                builder.WebHost.UseUrls(DemoMode.DefaultUrl);
            }
            else
            {
                DemoMode.EnsureLoopbackOnly(urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            }
        }

        ConfigureServices(builder);
        var app = builder.Build();
        ConfigurePipeline(app);
        await Startup.PrepareDatabaseAsync(app.Services, app.Services.GetRequiredService<LanternSettings>().Demo);
        return app;
    }

    private static void ConfigureServices(WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var database = builder.Configuration.GetSection("Database").Get<DatabaseOptions>() ?? new DatabaseOptions();
        services.AddLanternCore(database);
        services.AddSingleton(sp => sp.GetRequiredService<IConfiguration>().GetSection("Lantern").Get<LanternSettings>() ?? new LanternSettings());

        services.AddIdentity<LanternUser, IdentityRole<Guid>>(AccountPolicy.Apply)
            .AddEntityFrameworkStores<LanternDbContext>()
            .AddDefaultTokenProviders();

        services.AddAuthentication(o =>
            {
                o.DefaultScheme = CompositeScheme;
                o.DefaultAuthenticateScheme = CompositeScheme;
                o.DefaultChallengeScheme = CompositeScheme;
                o.DefaultForbidScheme = CompositeScheme;
            })
            // The API takes bearer tokens only: no session cookie reaches it, so a cross-site request cannot ride a session.
            .AddPolicyScheme(CompositeScheme, "Cookie or bearer token", o => o.ForwardDefaultSelector = context =>
                context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
                || context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? IdentityConstants.BearerScheme
                    : IdentityConstants.ApplicationScheme)
            .AddBearerToken(IdentityConstants.BearerScheme);
        services.AddOptions<BearerTokenOptions>(IdentityConstants.BearerScheme).Configure<LanternSettings>((o, settings) =>
        {
            o.BearerTokenExpiration = TimeSpan.FromMinutes(settings.IdleTimeoutMinutes);
            o.RefreshTokenExpiration = TimeSpan.FromHours(settings.AbsoluteTimeoutHours);
        });

        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme).Configure<LanternSettings>((o, settings) =>
        {
            o.Cookie.Name = "lantern.session";
            o.Cookie.HttpOnly = true;
            o.Cookie.SecurePolicy = settings.RequireHttps ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.ExpireTimeSpan = TimeSpan.FromMinutes(settings.IdleTimeoutMinutes);
            o.SlidingExpiration = true;
            o.LoginPath = "/Account/SignIn";
            o.LogoutPath = "/Account/SignOut";
            o.AccessDeniedPath = "/Account/AccessDenied";
            o.Events = new CookieAuthenticationEvents
            {
                OnValidatePrincipal = context => SessionLimits.EnforceAbsoluteTimeoutAsync(context, settings),
                OnRedirectToLogin = context => ApiAware(context, StatusCodes.Status401Unauthorized),
                OnRedirectToAccessDenied = context => ApiAware(context, StatusCodes.Status403Forbidden),
            };
        });

        services.AddAntiforgery();
        services.AddOptions<AntiforgeryOptions>().Configure<LanternSettings>((o, settings) =>
        {
            o.Cookie.Name = "lantern.antiforgery";
            o.Cookie.SecurePolicy = settings.RequireHttps ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.HeaderName = "X-CSRF-TOKEN";
        });

        // The one-request notices ("Case saved") travel in a cookie: locked down like the others.
        services.AddOptions<Microsoft.AspNetCore.Mvc.CookieTempDataProviderOptions>().Configure<LanternSettings>((o, settings) =>
        {
            o.Cookie.Name = "lantern.notice";
            o.Cookie.HttpOnly = true;
            o.Cookie.SecurePolicy = settings.RequireHttps ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
            o.Cookie.SameSite = SameSiteMode.Strict;
        });

        services.AddDataProtection().SetApplicationName("Lantern").PersistKeysToDbContext<LanternDbContext>();
        services.AddAuthorization(LanternPolicies.Configure);
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, AuditedAuthorizationResultHandler>();
        services.AddRazorPages(o =>
        {
            o.Conventions.AuthorizeFolder("/Cases", LanternPolicies.CaseWork);
            o.Conventions.AuthorizeFolder("/People", LanternPolicies.CaseWork);
            o.Conventions.AuthorizeFolder("/Intakes", LanternPolicies.CaseWork);
            o.Conventions.AuthorizeFolder("/Map", LanternPolicies.CaseWork);
            o.Conventions.AuthorizeFolder("/Plans", LanternPolicies.CaseWork);
            o.Conventions.AuthorizeFolder("/SafetyPlans", LanternPolicies.CaseWork);
            o.Conventions.AuthorizeFolder("/RiskPlans", LanternPolicies.CaseWork);
            o.Conventions.AuthorizeFolder("/Meetings", LanternPolicies.CaseWork);
            o.Conventions.AuthorizeFolder("/Sharing", LanternPolicies.CaseWork);
            o.Conventions.AuthorizeFolder("/Referrals", LanternPolicies.CaseWork);
            o.Conventions.AuthorizeFolder("/Notifications", LanternPolicies.CaseWork);
            o.Conventions.AuthorizeFolder("/Supervision", LanternPolicies.CaseWork);
            o.Conventions.AuthorizeFolder("/Reviews", LanternPolicies.PracticeQuality);
            o.Conventions.AuthorizeFolder("/Dashboards", LanternPolicies.PracticeQuality);
            o.Conventions.AuthorizeFolder("/Implementation", LanternPolicies.PracticeQuality);
            o.Conventions.AuthorizeFolder("/DataQuality", LanternPolicies.DataStewardship);
            o.Conventions.AuthorizeFolder("/Admin", LanternPolicies.Administration);
            o.Conventions.AuthorizeFolder("/Audit", LanternPolicies.AuditReading);
            o.Conventions.AllowAnonymousToPage("/Account/SignIn");
            o.Conventions.AllowAnonymousToPage("/Account/AccessDenied");
            o.Conventions.AllowAnonymousToPage("/Error");
            o.Conventions.AllowAnonymousToPage("/Setup/Index");
        }).AddMvcOptions(o =>
        {
            o.Filters.Add(new UnhandledMethodFilter());
            o.Filters.Add(new NotPermittedPageFilter());
            o.Filters.Add(new ExpiredFormFilter());

            // The address names the record a form acts on: model binding reads posted fields before the route by default,
            // so a field called "id" could otherwise point a handler at a record the address (and its checks) did not name.
            var route = o.ValueProviderFactories.OfType<RouteValueProviderFactory>().Single();
            o.ValueProviderFactories.Remove(route);
            o.ValueProviderFactories.Insert(0, route);

            // A value no form offers (a tampered or stale choice) gets words a caseworker can act on, not a field's code name.
            var messages = o.ModelBindingMessageProvider;
            messages.SetAttemptedValueIsInvalidAccessor((_, _) => "This is not one of the choices offered here. Choose again.");
            messages.SetNonPropertyAttemptedValueIsInvalidAccessor(_ => "This is not one of the choices offered here. Choose again.");
            messages.SetValueIsInvalidAccessor(_ => "This value is not valid. Enter it again.");
            messages.SetValueMustNotBeNullAccessor(_ => "Enter a value.");
        });

        services.Configure<JsonOptions>(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddProblemDetails();
        services.AddExceptionHandler<ProblemResponses>();
        services.AddOpenApi("v1", o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Lantern API";
            document.Info.Description = "Case records for practice in the Safe & Together model. Sign in with POST /api/v1/auth/login and send the access token as a bearer token.";
            return Task.CompletedTask;
        }));
    }

    private static Task ApiAware(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }

    private static void ConfigurePipeline(WebApplication app)
    {
        app.UseSecurityHeaders();
        app.UseExceptionHandler("/Error");
        // API callers get problem details for bare status codes; people get a page in words.
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase), api => api.UseStatusCodePages().UseMiddleware<RequestCharset>());
        app.UseWhen(c => !c.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase),
            pages => pages.UseStatusCodePagesWithReExecute("/Error", "?status={0}"));
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseMiddleware<CurrentUserMiddleware>();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapRazorPages();
        app.MapLanternApi();
        app.MapOpenApi("/openapi/{documentName}.json");
    }
}
