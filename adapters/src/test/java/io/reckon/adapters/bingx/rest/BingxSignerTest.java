package io.reckon.adapters.bingx.rest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class BingxSignerTest {
    /** The documentation's public example secret (BX-v2doc), not a credential of anyone's. */
    private static final String DOC_SECRET =
        "mheO6dR8ovSsxZQCOYEFCtelpuxcWGTfHw7te326y6jOwq5WpvFQ9JNljoTwBXZGv5It07m9RXSPpDQEK2w";

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "symbol=BTC-USDT&timestamp=1667872120843&side=LONG&leverage=6,"
            + "4f581ecdb1fa09b9d6e57886b6f70cffed17f82b93399722939e49a38edec2bf",
        "symbol=BTC-USDT&timestamp=1668159715051side=LONG&leverage=6,"
            + "8b756b01e7a30f02e19c58a91ab01b29528694316b08a51ecb8dd072942bd47d"
    })
    void reproducesTheDocumentedSignatureVectors(final String payload, final String expected) {
        assertEquals(expected, new BingxSigner(DOC_SECRET).sign(payload));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"a=1&b=2,b=2&a=1", "symbol=BTC-USDT,symbol=ETH-USDT"})
    void signsTheParametersInTheOrderGiven(final String one, final String other) {
        final BingxSigner signer = new BingxSigner(DOC_SECRET);
        assertFalse(signer.sign(one).equals(signer.sign(other)));
    }

    @Test
    void neverShowsTheSecretInToString() {
        assertFalse(new BingxSigner(DOC_SECRET).toString().contains(DOC_SECRET.substring(0, 8)));
    }
}
