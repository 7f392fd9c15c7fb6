"""Certificates and private clusters for the PostgreSQL hardening tests (TLS, database roles).

Roles are cluster-wide and TLS needs ``ssl = on`` in the server's configuration: both are done
on a ``ThrowawayCluster`` only, never on the shared server at 127.0.0.1:5432.
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from tests.support.pg_cluster import ThrowawayCluster


def new_cluster(folder: Path) -> ThrowawayCluster:
    """A new private cluster (not started); skip on a laptop without PostgreSQL, fail in CI."""
    return ThrowawayCluster.for_tests(folder)


@dataclass(frozen=True)
class Authority:
    """A certificate authority made for one test run."""

    key: ec.EllipticCurvePrivateKey
    certificate: x509.Certificate

    @classmethod
    def create(cls, name: str) -> Authority:
        """A self-signed CA called ``name``."""
        key = ec.generate_private_key(ec.SECP256R1())
        subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
        now = datetime.now(UTC)
        certificate = (
            x509.CertificateBuilder()
            .subject_name(subject)
            .issuer_name(subject)
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - timedelta(minutes=5))
            .not_valid_after(now + timedelta(days=1))
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .add_extension(
                x509.KeyUsage(
                    digital_signature=True,
                    content_commitment=False,
                    key_encipherment=False,
                    data_encipherment=False,
                    key_agreement=False,
                    key_cert_sign=True,
                    crl_sign=True,
                    encipher_only=False,
                    decipher_only=False,
                ),
                critical=True,
            )
            .sign(key, hashes.SHA256())
        )
        return cls(key, certificate)

    def pem(self) -> bytes:
        """The CA certificate, as a client's ``sslrootcert`` file holds it."""
        return self.certificate.public_bytes(serialization.Encoding.PEM)

    def issue_server(self, dns_names: list[str], ips: list[str]) -> tuple[bytes, bytes]:
        """A server certificate and its key (PEM) for these names and addresses."""
        key = ec.generate_private_key(ec.SECP256R1())
        now = datetime.now(UTC)
        alt_names: list[x509.GeneralName] = [x509.DNSName(n) for n in dns_names]
        alt_names += [x509.IPAddress(ipaddress.ip_address(ip)) for ip in ips]
        certificate = (
            x509.CertificateBuilder()
            .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, dns_names[0])]))
            .issuer_name(self.certificate.subject)
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - timedelta(minutes=5))
            .not_valid_after(now + timedelta(days=1))
            .add_extension(x509.SubjectAlternativeName(alt_names), critical=False)
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(
                x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]), critical=False
            )
            .sign(self.key, hashes.SHA256())
        )
        key_pem = key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
        return certificate.public_bytes(serialization.Encoding.PEM), key_pem


def enable_tls(cluster: ThrowawayCluster, authority: Authority) -> None:
    """``ssl = on`` with a certificate for localhost/127.0.0.1; TCP clients must use TLS."""
    certificate, key = authority.issue_server(["localhost"], ["127.0.0.1"])
    cluster.write_file("server.crt", certificate, 0o644)
    cluster.write_file("server.key", key, 0o600)
    cluster.configure(ssl="on", ssl_cert_file="'server.crt'", ssl_key_file="'server.key'")
    cluster.set_hba(
        [
            "local all all trust",
            "hostssl all all 127.0.0.1/32 trust",
        ]
    )
