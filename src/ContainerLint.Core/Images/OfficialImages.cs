namespace ContainerLint.Core.Images;

using System.Collections.Frozen;

/// <summary>
/// The repositories of Docker Hub's official images (<c>docker.io/library/…</c>). A bare name that is not one of them
/// (<c>FROM bats-jenkins</c>, <c>FROM myapp-base</c>) is almost always a tag built locally by a script or another Dockerfile,
/// whose configuration a linter cannot know.
/// </summary>
public static class OfficialImages
{
    private static readonly FrozenSet<string> Names = new[]
    {
        "adminer", "aerospike", "almalinux", "alpine", "alt", "amazoncorretto", "amazonlinux", "api-firewall", "arangodb", "archlinux",
        "backdrop", "bash", "bonita", "buildpack-deps", "busybox", "caddy", "cassandra", "chronograf", "cirros", "clearlinux", "clickhouse",
        "clojure", "composer", "consul", "convertigo", "couchbase", "couchdb", "crate", "dart", "debian", "docker", "drupal", "eclipse-mosquitto",
        "eclipse-temurin", "eggdrop", "elasticsearch", "elixir", "emqx", "erlang", "fedora", "flink", "fluentd", "friendica", "gazebo", "gcc",
        "geonetwork", "ghost", "golang", "gradle", "groovy", "haproxy", "haskell", "haxe", "hello-world", "hitch", "httpd", "hylang",
        "ibm-semeru-runtimes", "ibmjava", "influxdb", "irssi", "jetty", "jobber", "joomla", "jruby", "julia", "kapacitor", "kibana", "kong",
        "krakend", "lightstreamer", "liquibase", "logstash", "mageia", "mariadb", "matomo", "maven", "mediawiki", "memcached", "mongo",
        "mongo-express", "monica", "mono", "mysql", "nats", "neo4j", "neurodebian", "nextcloud", "nginx", "node", "odoo", "open-liberty",
        "openjdk", "oraclelinux", "orientdb", "percona", "perl", "photon", "php", "php-zendserver", "phpmyadmin", "plone", "postfixadmin",
        "postgres", "pypy", "python", "r-base", "rabbitmq", "rakudo-star", "redis", "redmine", "registry", "rethinkdb", "rocket.chat",
        "rockylinux", "ros", "ruby", "rust", "sapmachine", "satosa", "silverpeas", "sl", "solr", "sonarqube", "spark", "spiped", "storm",
        "swift", "swipl", "teamspeak", "telegraf", "tomcat", "tomee", "traefik", "ubuntu", "unit", "varnish", "websphere-liberty", "wordpress",
        "xwiki", "yourls", "znc", "zookeeper", "centos", "jenkins", "opensuse", "java", "iojs", "nuxeo", "sentry", "django", "rails",
        "celery", "kaazing-gateway", "owncloud", "piwik", "known", "glassfish", "fsharp", "notary", "express-gateway", "ubuntu-debootstrap",
        "ubuntu-upstart", "scratch", "vault", "jenkins", "clefos", "euleros", "sourcemage", "thrift", "nuxeo", "postgis",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>True for <c>docker.io/library/NAME</c> where NAME is an official image.</summary>
    public static bool IsOfficial(ImageReference image) =>
        image.Registry == ImageReference.DockerHub && image.Repository.StartsWith("library/", StringComparison.Ordinal) && Names.Contains(image.Repository[8..]);

    /// <summary>True for a bare name on Docker Hub that is not an official image: a tag built locally, not a published image.</summary>
    public static bool IsLocalTag(ImageReference image) =>
        image.Registry == ImageReference.DockerHub && image.Repository.StartsWith("library/", StringComparison.Ordinal) && !Names.Contains(image.Repository[8..]);
}
