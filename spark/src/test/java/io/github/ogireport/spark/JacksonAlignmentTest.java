package io.github.ogireport.spark;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.module.scala.DefaultScalaModule$;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The parser writes its JSON with the Jackson that Spark brings (2.21 for Spark 4.2, not core's 2.20), as it
 * does on a cluster; Spark's Scala module for Jackson refuses any other minor version of jackson-databind.
 */
class JacksonAlignmentTest {

    @Test
    void sparksJacksonIsTheOneOnTheClassPath() {
        Version core = com.fasterxml.jackson.core.json.PackageVersion.VERSION;
        Version databind = com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION;
        assertEquals("2.21", core.getMajorVersion() + "." + core.getMinorVersion());
        assertEquals(core.toString(), databind.toString());
        // what Spark does for its own JSON: throws JsonMappingException on a databind of another minor version
        new ObjectMapper().registerModule(DefaultScalaModule$.MODULE$);
    }
}
