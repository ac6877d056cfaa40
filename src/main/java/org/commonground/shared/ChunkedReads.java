package org.commonground.shared;

import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads one chunk of a long export in a read-only transaction of its own. An export streams its rows
 * chunk by chunk: each chunk's entities leave memory with its transaction, so exporting 200,000 records
 * holds one chunk at a time, and no transaction stays open while a slow client reads. (Export methods are
 * {@code @Transactional(propagation = SUPPORTS)}: called inside a transaction, as some tests do, the chunks
 * join it.)
 */
@Component
public class ChunkedReads {

    private final TransactionTemplate readOnly;
    private final int size;

    ChunkedReads(PlatformTransactionManager transactions, @Value("${commonground.export.chunk-size:500}") int size) {
        this.size = size;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** Rows per chunk (500: large enough to be quick, small enough to stay light). */
    public int size() {
        return size;
    }

    public <T> T read(Supplier<T> chunk) {
        return readOnly.execute(status -> chunk.get());
    }
}
